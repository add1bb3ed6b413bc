package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.CostCentreSummary;
import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.organization.DepartmentSummary;
import se.servicekontor.organization.OrganisationLookup;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.shared.Amount;

/** The reads of the pay run pages: runs, error list, totals, employees and their lines. */
@Component
class PayRunQueries {

    static final String RUN_COLUMNS = """
            r.id, r.period, r.kind, r.status, r.job_execution_id, r.started_by, r.started_at, r.finished_at, r.released_by,
            r.released_at, r.payday, r.expected_employees, r.errors, r.warnings, r.gross, r.tax, r.net_deductions, r.net,
            r.employer_contributions, r.pension,
            (SELECT count(*) FROM pay_run_employee e WHERE e.pay_run_id = r.id) AS done""";

    private final JdbcClient jdbc;
    private final OrganisationLookup organisation;

    PayRunQueries(JdbcClient jdbc, OrganisationLookup organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    Optional<PayRunView> run(PayRunId id) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM pay_run r WHERE r.id = ?").param(id.value())
                .query(PayRunQueries::view).optional();
    }

    /** The runs of a month, newest first. */
    List<PayRunView> runs(YearMonth period) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM pay_run r WHERE r.period = ? ORDER BY r.id DESC")
                .param(period.toString()).query(PayRunQueries::view).list();
    }

    /** The month's runs with status RUNNING (normally none or one), newest first. */
    List<PayRunView> runningRuns(YearMonth period) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM pay_run r WHERE r.period = ? AND r.status = 'RUNNING' ORDER BY r.id DESC")
                .param(period.toString()).query(PayRunQueries::view).list();
    }

    /** The latest RELEASED run of a month, if any. */
    Optional<Long> releasedRun(YearMonth period) {
        return jdbc.sql("SELECT id FROM pay_run WHERE period = ? AND status = 'RELEASED' ORDER BY id DESC LIMIT 1").param(period.toString())
                .query(Long.class).optional();
    }

    List<RunError> errors(PayRunId run) {
        return jdbc.sql("""
                SELECT x.employee_id, p.first_name || ' ' || p.last_name, x.employment_id, x.code, x.severity, x.message
                FROM pay_run_error x JOIN payroll_employee p ON p.id = x.employee_id
                WHERE x.pay_run_id = ? ORDER BY CASE x.severity WHEN 'ERROR' THEN 0 ELSE 1 END, p.last_name, p.first_name, x.employee_id, x.seq""")
                .param(run.value())
                .query((rs, n) -> new RunError(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
                        Severity.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }

    /** Totals per cost centre (of the employees' main employments), grouped by department, ordered by code. */
    List<DepartmentTotals> totals(PayRunId run) {
        List<Object[]> rows = jdbc.sql("""
                SELECT cost_centre_code, count(*), sum(gross), sum(tax), sum(net_deductions), sum(net), sum(employer_contributions), sum(pension)
                FROM pay_run_employee WHERE pay_run_id = ? GROUP BY cost_centre_code ORDER BY cost_centre_code""")
                .param(run.value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), totals(rs, 3)}).list();
        Map<String, CostCentreSummary> known = organisation.costCentres(rows.stream().map(r -> code((String) r[0]))
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(c -> c.code().value(), Function.identity()));
        Map<String, List<CostCentreTotals>> byDepartment = new TreeMap<>();
        for (Object[] r : rows) {
            CostCentreSummary summary = known.get(((String) r[0]).toUpperCase(Locale.ROOT));
            String department = summary == null ? "?" : summary.department().value();
            byDepartment.computeIfAbsent(department, d -> new ArrayList<>()).add(new CostCentreTotals((String) r[0],
                    summary == null ? "(okänt ansvar)" : summary.name(), department, (Long) r[1], (Totals) r[2]));
        }
        Map<String, String> names = organisation.departments(byDepartment.keySet().stream().filter(d -> !d.equals("?"))
                        .map(DepartmentCode::new).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(d -> d.code().value(), DepartmentSummary::name));
        List<DepartmentTotals> result = new ArrayList<>();
        byDepartment.forEach((department, centres) -> result.add(new DepartmentTotals(department, names.getOrDefault(department, department),
                centres.stream().mapToLong(CostCentreTotals::employees).sum(),
                centres.stream().map(CostCentreTotals::totals).reduce(Totals.ZERO, Totals::plus), centres)));
        return result;
    }

    List<PayLineView> lines(PayRunId run, long employeeId) {
        return jdbc.sql("""
                SELECT seq, employment_id, cost_centre_code, code, text, amount, taxable, earned_from, earned_to
                FROM pay_line WHERE pay_run_id = ? AND employee_id = ? ORDER BY seq""")
                .params(run.value(), employeeId)
                .query((rs, n) -> new PayLineView(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        new Amount(rs.getBigDecimal(6)), rs.getBoolean(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class)))
                .list();
    }

    /**
     * A page of the run's employees by name, with last month's gross and net (the latest released run of
     * the previous month). The search matches name or personnummer; protected identities only when
     * {@code includeProtected}.
     */
    EmployeePage employees(PayRunId run, YearMonth period, String search, boolean includeProtected, int page, int size) {
        return employees(run, period, search, EmployeeFilter.NONE, includeProtected, page, size);
    }

    /** As above, filtered by cost centres and by new / changed more than x % / with errors or warnings (issue 18 item 10). */
    EmployeePage employees(PayRunId run, YearMonth period, String search, EmployeeFilter filter, boolean includeProtected, int page, int size) {
        String q = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String digits = q.replaceAll("[^0-9]", "");
        String like = "%" + q.replace("%", "").replace("_", "") + "%";
        long previous = releasedRun(period.minusMonths(1)).orElse(-1L);
        String where = """
                 FROM pay_run_employee e JOIN payroll_employee p ON p.id = e.employee_id
                 LEFT JOIN pay_run_employee b ON b.pay_run_id = :previous AND b.employee_id = e.employee_id
                 WHERE e.pay_run_id = :run AND (:includeProtected OR p.protected_identity = FALSE)""" + filterSql(filter) + """

                   AND (:q = '' OR lower(p.first_name || ' ' || p.last_name) LIKE :like OR lower(p.last_name || ' ' || p.first_name) LIKE :like
                        OR (:digits <> '' AND (p.personal_identity_number LIKE :digitsPrefix OR substring(p.personal_identity_number, 3) LIKE :digitsPrefix)))""";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("run", run.value());
        params.put("includeProtected", includeProtected);
        params.put("q", q);
        params.put("like", like);
        params.put("digits", digits);
        params.put("digitsPrefix", digits + "%");
        params.put("previous", previous);
        if (!filter.costCentres().isEmpty())
            params.put("costCentres", filter.costCentres());
        if (filter.show() == EmployeeFilter.Show.CHANGED)
            params.put("percent", filter.percent());
        long total = jdbc.sql("SELECT count(*) " + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<EmployeeResult> items = jdbc.sql("""
                SELECT e.employee_id, p.first_name || ' ' || p.last_name, p.personal_identity_number, p.protected_identity,
                       e.cost_centre_code, e.gross, e.tax, e.net_deductions, e.net, e.employer_contributions, e.pension,
                       e.errors, e.warnings, b.gross, b.net""" + " " + where + " ORDER BY p.last_name, p.first_name, e.employee_id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new EmployeeResult(rs.getLong(1), rs.getString(2), rs.getString(3).strip().substring(0, 8) + "-****",
                        rs.getBoolean(4), rs.getString(5), totals(rs, 6), rs.getInt(12), rs.getInt(13), amount(rs.getBigDecimal(14)),
                        amount(rs.getBigDecimal(15))))
                .list();
        return new EmployeePage(items, page, size, total);
    }

    private static String filterSql(EmployeeFilter filter) {
        String sql = filter.costCentres().isEmpty() ? "" : " AND e.cost_centre_code IN (:costCentres)";
        return sql + switch (filter.show()) {
            case ALL -> "";
            case NEW -> " AND b.employee_id IS NULL";
            case CHANGED -> " AND (b.employee_id IS NULL OR (b.net <> 0 AND abs(e.net - b.net) * 100 > :percent * abs(b.net)))";
            case PROBLEMS -> " AND (e.errors > 0 OR e.warnings > 0)";
        };
    }

    /** Last month's gross and net per employee of this run (latest released run of the previous month). */
    Map<Long, Amount[]> previousMonth(PayRunId run, YearMonth period, Set<Long> employeeIds) {
        long previous = releasedRun(period.minusMonths(1)).orElse(-1L);
        if (employeeIds.isEmpty() || previous < 0)
            return Map.of();
        Map<Long, Amount[]> result = new LinkedHashMap<>();
        jdbc.sql("SELECT employee_id, gross, net FROM pay_run_employee WHERE pay_run_id = :previous AND employee_id IN (:ids)")
                .param("previous", previous).param("ids", employeeIds)
                .query((ResultSet rs) -> {
                    result.put(rs.getLong(1), new Amount[] {new Amount(rs.getBigDecimal(2)), new Amount(rs.getBigDecimal(3))});
                });
        return result;
    }

    static PayRunView view(ResultSet rs, int n) throws SQLException {
        return new PayRunView(new PayRunId(rs.getLong(1)), YearMonth.parse(rs.getString(2).strip()),
                PayRunKind.valueOf(rs.getString(3)), PayRunStatus.valueOf(rs.getString(4)), (Long) rs.getObject(5, Long.class),
                rs.getString(6), instant(rs.getObject(7, OffsetDateTime.class)), instant(rs.getObject(8, OffsetDateTime.class)),
                rs.getString(9), instant(rs.getObject(10, OffsetDateTime.class)), rs.getObject(11, LocalDate.class),
                rs.getLong(21), rs.getLong(12), rs.getInt(13), rs.getInt(14), totals(rs, 15));
    }

    /** Six money columns from {@code first}: gross, tax, net deductions, net, employer contributions, pension. */
    static Totals totals(ResultSet rs, int first) throws SQLException {
        return new Totals(money(rs, first), money(rs, first + 1), money(rs, first + 2), money(rs, first + 3),
                money(rs, first + 4), money(rs, first + 5));
    }

    private static Amount money(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? Amount.ZERO : new Amount(value);
    }

    private static Amount amount(BigDecimal value) {
        return value == null ? null : new Amount(value);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static CostCentreCode code(String value) {
        try {
            return new CostCentreCode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

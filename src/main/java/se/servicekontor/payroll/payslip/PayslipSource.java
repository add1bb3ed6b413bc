package se.servicekontor.payroll.payslip;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.CostCentreSummary;
import se.servicekontor.organization.OrganisationLookup;
import se.servicekontor.payroll.EmployerProperties;
import se.servicekontor.shared.Amount;

/**
 * Reads what payslips show from a released run: its results and pay lines as the run wrote them (pay_run_employee,
 * pay_line), the employee, the tax basis, vacation balance and account of the employment the run paid first, and
 * the year to date (the latest released run of each month of the year up to this one).
 */
@Component
public class PayslipSource {

    /** A released run as payslips need it. */
    public record ReleasedRun(long id, YearMonth period, LocalDate payday, Instant releasedAt, String releasedBy) {
    }

    /** An employee of a run with the department of their cost centre ("?" when the register does not know it). */
    public record Payee(long employeeId, String name, String costCentre, String department) {
    }

    private final JdbcClient jdbc;
    private final OrganisationLookup organisation;
    private final EmployerProperties employer;

    PayslipSource(JdbcClient jdbc, OrganisationLookup organisation, EmployerProperties employer) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.employer = employer;
    }

    public Optional<ReleasedRun> releasedRun(long payRunId) {
        return jdbc.sql("SELECT id, period, payday, released_at, released_by FROM pay_run WHERE id = ? AND status = 'RELEASED'")
                .param(payRunId)
                .query((rs, n) -> new ReleasedRun(rs.getLong(1), YearMonth.parse(rs.getString(2).strip()), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
                .optional();
    }

    /** The latest released run of a month. */
    public Optional<ReleasedRun> releasedRun(YearMonth period) {
        return jdbc.sql("SELECT max(id) FROM pay_run WHERE period = ? AND status = 'RELEASED'").param(period.toString())
                .query(Long.class).optional().flatMap(this::releasedRun);
    }

    /** The latest released run of any month. */
    public Optional<ReleasedRun> latestReleasedRun() {
        return jdbc.sql("SELECT id FROM pay_run WHERE status = 'RELEASED' ORDER BY period DESC, id DESC LIMIT 1").query(Long.class)
                .optional().flatMap(this::releasedRun);
    }

    /** The run's employees by department, then name (protected identities included: payslips reach everyone). */
    public Map<String, List<Payee>> payeesByDepartment(long payRunId) {
        List<Payee> payees = jdbc.sql("""
                SELECT e.employee_id, p.last_name || ', ' || p.first_name, e.cost_centre_code FROM pay_run_employee e
                JOIN payroll_employee p ON p.id = e.employee_id WHERE e.pay_run_id = ? ORDER BY p.last_name, p.first_name, e.employee_id""")
                .param(payRunId).query((rs, n) -> new Payee(rs.getLong(1), rs.getString(2), rs.getString(3), null)).list();
        Map<String, CostCentreSummary> centres = centres(payees.stream().map(Payee::costCentre).collect(Collectors.toSet()));
        Map<String, List<Payee>> result = new TreeMap<>();
        for (Payee p : payees) {
            CostCentreSummary centre = centres.get(p.costCentre().toUpperCase(Locale.ROOT));
            String department = centre == null ? "?" : centre.department().value();
            result.computeIfAbsent(department, d -> new ArrayList<>()).add(new Payee(p.employeeId(), p.name(), p.costCentre(), department));
        }
        return result;
    }

    public Optional<Payslip> payslip(ReleasedRun run, long employeeId) {
        List<Payslip> one = payslips(run, List.of(employeeId));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** The payslips of these employees of the run, in the order given (employees not in the run are left out). */
    public List<Payslip> payslips(ReleasedRun run, List<Long> employeeIds) {
        if (employeeIds.isEmpty())
            return List.of();
        Map<Long, List<Payslip.Line>> lines = new HashMap<>();
        Map<Long, Long> firstEmployment = new HashMap<>();
        jdbc.sql("""
                SELECT employee_id, employment_id, text, amount, earned_from, earned_to FROM pay_line
                WHERE pay_run_id = :run AND employee_id IN (:ids) ORDER BY employee_id, seq""")
                .param("run", run.id()).param("ids", employeeIds)
                .query((java.sql.ResultSet rs) -> {
                    long employee = rs.getLong(1);
                    firstEmployment.putIfAbsent(employee, rs.getLong(2));
                    lines.computeIfAbsent(employee, e -> new ArrayList<>()).add(new Payslip.Line(rs.getString(3),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), null, null, new Amount(rs.getBigDecimal(4))));
                });
        String first = run.period().withMonth(1).toString();
        Map<Long, Amount[]> yearToDate = new HashMap<>();
        jdbc.sql("""
                SELECT employee_id, sum(gross), sum(tax) FROM pay_run_employee WHERE employee_id IN (:ids) AND pay_run_id IN (
                  SELECT max(id) FROM pay_run WHERE status = 'RELEASED' AND period >= :first AND period <= :period GROUP BY period)
                GROUP BY employee_id""")
                .param("ids", employeeIds).param("first", first).param("period", run.period().toString())
                .query((java.sql.ResultSet rs) -> {
                    yearToDate.put(rs.getLong(1), new Amount[] {new Amount(rs.getBigDecimal(2)), new Amount(rs.getBigDecimal(3))});
                });
        Map<Long, Payslip> result = new LinkedHashMap<>();
        record Row(long employeeId, String name, String pin, String street, String postalCode, String city, boolean protectedIdentity,
                   String costCentre, Amount gross, Amount tax, Amount netDeductions, Amount net) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT e.employee_id, p.first_name || ' ' || p.last_name, p.personal_identity_number, p.street_address, p.postal_code,
                       p.city, p.protected_identity, e.cost_centre_code, e.gross, e.tax, e.net_deductions, e.net
                FROM pay_run_employee e JOIN payroll_employee p ON p.id = e.employee_id
                WHERE e.pay_run_id = :run AND e.employee_id IN (:ids)""")
                .param("run", run.id()).param("ids", employeeIds)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7), rs.getString(8), new Amount(rs.getBigDecimal(9)), new Amount(rs.getBigDecimal(10)),
                        new Amount(rs.getBigDecimal(11)), new Amount(rs.getBigDecimal(12))))
                .list();
        Map<Long, Object[]> employments = new HashMap<>();
        if (!firstEmployment.isEmpty())
            jdbc.sql("""
                    SELECT id, tax_kind, tax_table, tax_column, tax_percent, vacation_balance, clearing_number, account_number
                    FROM employment WHERE id IN (:ids)""").param("ids", Set.copyOf(firstEmployment.values()))
                    .query((java.sql.ResultSet rs) -> {
                        employments.put(rs.getLong(1), new Object[] {taxBasis(rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                                (Integer) rs.getObject(4, Integer.class), rs.getBigDecimal(5)), rs.getBigDecimal(6),
                                Payslip.maskAccount(rs.getString(7), rs.getString(8))});
                    });
        Map<String, CostCentreSummary> centres = centres(rows.stream().map(Row::costCentre).collect(Collectors.toSet()));
        for (Row r : rows) {
            Object[] employment = employments.getOrDefault(firstEmployment.get(r.employeeId()), new Object[3]);
            Amount[] ytd = yearToDate.getOrDefault(r.employeeId(), new Amount[] {r.gross(), r.tax()});
            CostCentreSummary centre = centres.get(r.costCentre().toUpperCase(Locale.ROOT));
            List<String> address = r.protectedIdentity() || r.street() == null ? List.of()
                    : List.of(r.street(), ((r.postalCode() == null ? "" : r.postalCode()) + " " + (r.city() == null ? "" : r.city())).strip());
            result.put(r.employeeId(), new Payslip("payslip/" + run.id() + "/" + r.employeeId(), run.releasedAt(), employer.name(), r.name(),
                    r.pin().strip().substring(0, 8) + "-****", address,
                    centre == null ? r.costCentre() : r.costCentre() + " " + centre.name(), run.period(), run.payday(),
                    lines.getOrDefault(r.employeeId(), List.of()), r.gross(), r.tax(), r.netDeductions(), r.net(), (String) employment[0],
                    ytd[0], ytd[1], (BigDecimal) employment[1], (String) employment[2]));
        }
        List<Payslip> ordered = new ArrayList<>(employeeIds.size());
        for (Long id : employeeIds)
            if (result.containsKey(id))
                ordered.add(result.get(id));
        return ordered;
    }

    /** The tax basis in words (SFL 11 kap.: table and column, or the percentage decided). */
    static String taxBasis(String kind, Integer table, Integer column, BigDecimal percent) {
        if (kind == null)
            return null;
        return switch (kind) {
            case "TABLE" -> table == null ? null : "Tabell " + table + ", kolumn " + (column == null ? 1 : column);
            case "SECONDARY_INCOME" -> "30 % (sidoinkomst)";
            case "FIXED_PERCENT" -> percent == null ? null : percent.stripTrailingZeros().toPlainString().replace('.', ',') + " % (jämkning)";
            case "SINK" -> percent == null ? "SINK" : "SINK " + percent.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
            default -> null;
        };
    }

    private Map<String, CostCentreSummary> centres(Set<String> codes) {
        Set<CostCentreCode> valid = new java.util.HashSet<>();
        for (String c : codes) {
            try {
                valid.add(new CostCentreCode(c));
            } catch (IllegalArgumentException e) {
                // an unknown code shows as it is
            }
        }
        return organisation.costCentres(valid).stream().collect(Collectors.toMap(c -> c.code().value(), c -> c));
    }
}

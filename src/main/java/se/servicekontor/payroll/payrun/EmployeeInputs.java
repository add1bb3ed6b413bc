package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.payroll.rules.WorkSchedule;
import se.servicekontor.payroll.timereport.DeviationCode;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * Loads the pay run's input for a page of employees in at most eleven queries (employees, employments, salaries, rates,
 * deviations, the latest settled sick rows, the karensavdrag of the last thirteen months, the settled leave rows that unsettled
 * ones continue, last month's net, salary paid by released runs for retroactive pay, open claims) — never one query per
 * employee — and once per partition the released months (for retroactive pay).
 */
final class EmployeeInputs {

    /**
     * The page's employments (bind :min and :max, the page's employee ids), for the tables keyed by employment: an array
     * the planner cannot see into, so it reads those tables by their employment index — joined to the employee range or
     * given the ids as a list, PostgreSQL scanned the whole table once per page (PayRunBenchmark: 15 times slower).
     */
    static final String PAGE_EMPLOYMENTS = "ANY(ARRAY(SELECT e.id FROM employment e WHERE e.employee_id BETWEEN :min AND :max))";

    private final JdbcClient jdbc;
    private Map<YearMonth, OffsetDateTime> releasedMonths; // see prepareRetro

    EmployeeInputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The inputs of the month's population among employee ids min–max, in id order: those with an employment in force in the
     * month or unsettled deviations up to the end of the month before ({@link PayRunPopulation}, decided here from what is
     * loaded anyway rather than by a query of its own).
     */
    List<EmployeeInput> load(YearMonth period, long min, long max, long previousReleasedRun) {
        Map<Long, LocalDate> births = new HashMap<>();
        jdbc.sql("SELECT id, personal_identity_number FROM payroll_employee WHERE id BETWEEN :min AND :max")
                .param("min", min).param("max", max)
                .query(rs -> {
                    births.put(rs.getLong(1), birthDate(rs.getString(2)));
                });
        Map<Long, LocalDate> retroSince = new HashMap<>();
        Map<Long, List<EmployeeInput.Salary>> salaries = history("salary_change", "amount", EmployeeInput.Salary::new, period, min, max,
                retroSince);
        Map<Long, List<EmployeeInput.Rate>> rates = history("employment_rate_change", "employment_rate", EmployeeInput.Rate::new, period,
                min, max, retroSince);
        Map<Long, List<EmployeeInput.Employment>> employments = new HashMap<>();
        Map<Long, Long> employeeOf = new HashMap<>();
        jdbc.sql("""
                SELECT employee_id, id, cost_centre_code, start_date, end_date, form, employment_rate, tax_kind, tax_table, tax_column,
                       tax_percent, tax_decision_ref, clearing_number, account_number, weekly_hours, work_days_per_week
                FROM employment WHERE employee_id BETWEEN :min AND :max ORDER BY employee_id, start_date, id""")
                .param("min", min).param("max", max)
                .query(rs -> {
                    long id = rs.getLong(2);
                    employeeOf.put(id, rs.getLong(1));
                    employments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new EmployeeInput.Employment(id,
                            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            EmploymentForm.valueOf(rs.getString(6)), rs.getBigDecimal(7),
                            rs.getString(8) == null ? null : TaxKind.valueOf(rs.getString(8)), (Integer) rs.getObject(9, Integer.class),
                            (Integer) rs.getObject(10, Integer.class), rs.getBigDecimal(11), rs.getString(12), rs.getString(13),
                            rs.getString(14), salaries.getOrDefault(id, List.of()), rates.getOrDefault(id, List.of()), rs.getBigDecimal(15),
                            WorkSchedule.daysPerWeek(rs.getInt(16))));
                });
        Map<Long, List<EmployeeInput.Deviation>> deviations = new HashMap<>();
        jdbc.sql("""
                SELECT d.id, d.employment_id, d.code, d.from_date, d.to_date, d.quantity, d.amount FROM deviation d
                WHERE d.employment_id = """ + PAGE_EMPLOYMENTS + """
                 AND d.settled_by_pay_run_id IS NULL AND d.to_date <= :cutOff ORDER BY d.from_date, d.id""")
                .param("min", min).param("max", max).param("cutOff", period.minusMonths(1).atEndOfMonth())
                .query(rs -> {
                    deviations.computeIfAbsent(employeeOf.get(rs.getLong(2)), k -> new ArrayList<>()).add(new EmployeeInput.Deviation(
                            rs.getLong(1), rs.getLong(2), DeviationCode.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getBigDecimal(7)));
                });
        // Per employment with a sick row to pay, its latest sick row settled by a released run: this run's first sick row may
        // continue its period (Sjuklönelagen 7 §). A row settled before pay_run_deviation recorded sick periods (V27) has no
        // sick_first_day: that run began a new period on the row's own first day, so from_date is day 1; its karens_left,
        // unknown, counts as nothing. Only employments with an unsettled sick row are looked at (found by the unsettled index),
        // and pay_run_deviation is read for the latest row alone: a page of 1 000 employments with 24 settled sick rows each, one
        // in seven sick this month, took 7 ms on PostgreSQL 15 (75 ms reading every employment's rows with their pay_run_deviation).
        Map<Long, Map<Long, DeviationVariables.EarlierSickPeriod>> earlierSickPeriods = new HashMap<>();
        jdbc.sql("""
                SELECT s.employment_id, s.from_date, s.to_date, p.sick_first_day, p.karens_left, p.karens FROM (
                  SELECT d.id, d.settled_by_pay_run_id, d.employment_id, d.from_date, d.to_date, ROW_NUMBER() OVER (
                      PARTITION BY d.employment_id ORDER BY d.to_date DESC, d.from_date DESC, d.id DESC) AS latest
                  FROM deviation d JOIN pay_run r ON r.id = d.settled_by_pay_run_id
                  WHERE d.code IN ('SICK_LEAVE', 'SICK_HOURS') AND r.status = 'RELEASED'
                    AND d.employment_id = ANY(ARRAY(SELECT u.employment_id FROM deviation u WHERE u.employment_id = """
                + PAGE_EMPLOYMENTS + """
                 AND u.settled_by_pay_run_id IS NULL AND u.code IN ('SICK_LEAVE', 'SICK_HOURS') AND u.to_date <= :cutOff))
                ) s LEFT JOIN pay_run_deviation p ON p.pay_run_id = s.settled_by_pay_run_id AND p.deviation_id = s.id
                WHERE s.latest = 1""")
                .param("min", min).param("max", max).param("cutOff", period.minusMonths(1).atEndOfMonth())
                .query(rs -> {
                    LocalDate firstDay = rs.getObject(4, LocalDate.class);
                    earlierSickPeriods.computeIfAbsent(employeeOf.get(rs.getLong(1)), k -> new HashMap<>()).put(rs.getLong(1),
                            new DeviationVariables.EarlierSickPeriod(firstDay == null ? rs.getObject(2, LocalDate.class) : firstDay,
                                    rs.getObject(3, LocalDate.class), rs.getBigDecimal(5), "PENDING".equals(rs.getString(6))));
                });
        Map<Long, List<LocalDate>> karensFirstDays = karensFirstDays(period, min, max, deviations);
        // Per unsettled leave row (TJL, VAB, FPL) that begins the day after a settled row of the same code of the employment
        // ends (a leave reported as one row per month, paid in two runs): that row's first day, so that the leave's length is
        // judged on both (AB § 28, see DeviationVariables). The page's unsettled rows by the unsettled index, the earlier row
        // by the employment index (a subquery per unsettled leave row: joined, PostgreSQL may start from the settled rows, which
        // are nearly all rows); nothing is read for employments without an unsettled leave row.
        Map<Long, Map<Long, LocalDate>> leaveStarts = new HashMap<>();
        jdbc.sql("""
                SELECT u.employment_id, u.id, (SELECT MIN(p.from_date) FROM deviation p WHERE p.employment_id = u.employment_id
                    AND p.from_date < u.from_date AND p.code = u.code AND p.to_date = u.from_date - INTERVAL '1' DAY
                    AND p.settled_by_pay_run_id IS NOT NULL) FROM deviation u
                WHERE u.employment_id = """ + PAGE_EMPLOYMENTS + """
                 AND u.settled_by_pay_run_id IS NULL AND u.code IN ('LEAVE_OF_ABSENCE', 'CARE_OF_SICK_CHILD', 'PARENTAL_LEAVE')
                 AND u.to_date <= :cutOff""")
                .param("min", min).param("max", max).param("cutOff", period.minusMonths(1).atEndOfMonth())
                .query(rs -> {
                    LocalDate start = rs.getObject(3, LocalDate.class);
                    if (start != null)
                        leaveStarts.computeIfAbsent(employeeOf.get(rs.getLong(1)), k -> new HashMap<>()).put(rs.getLong(2), start);
                });
        Map<Long, Amount> previousNet = new HashMap<>();
        if (previousReleasedRun > 0)
            jdbc.sql("SELECT employee_id, net FROM pay_run_employee WHERE pay_run_id = :run AND employee_id BETWEEN :min AND :max")
                    .param("run", previousReleasedRun).param("min", min).param("max", max)
                    .query(rs -> {
                        previousNet.put(rs.getLong(1), new Amount(rs.getBigDecimal(2)));
                    });
        Map<Long, List<EmployeeInput.PaidSalary>> paidSalaries = paidSalaries(period, min, max, retroSince);
        Map<Long, BigDecimal> claims = new HashMap<>();
        Map<Long, BigDecimal> agreedRecoveries = new HashMap<>();
        jdbc.sql("SELECT employee_id, amount, agreed_monthly_recovery FROM payroll_claim WHERE employee_id BETWEEN :min AND :max")
                .param("min", min).param("max", max)
                .query(rs -> {
                    claims.put(rs.getLong(1), rs.getBigDecimal(2));
                    if (rs.getBigDecimal(3) != null)
                        agreedRecoveries.put(rs.getLong(1), rs.getBigDecimal(3));
                });
        List<Long> ids = employments.keySet().stream().filter(id -> deviations.containsKey(id)
                || employments.get(id).stream().anyMatch(e -> e.activeIn(period))).sorted().toList();
        List<EmployeeInput> result = new ArrayList<>(ids.size());
        for (long id : ids)
            result.add(new EmployeeInput(id, births.get(id), employments.getOrDefault(id, List.of()),
                    deviations.getOrDefault(id, List.of()), previousNet.get(id), paidSalaries.getOrDefault(id, List.of()), claims.get(id),
                    agreedRecoveries.get(id), earlierSickPeriods.getOrDefault(id, Map.of()), karensFirstDays.getOrDefault(id, List.of()),
                    leaveStarts.getOrDefault(id, Map.of())));
        return result;
    }

    /**
     * Per employee of the page with a sick row to pay: day 1 of each sick period, in any of the employee's employments, whose
     * karensavdrag a released run made — for the high-risk protection (Sjuklönelagen 6 §: none after ten in the twelve months
     * before a new period's day 1). From 13 months before the page's earliest sick row to pay: a period this run begins or
     * makes the karensavdrag of has its day 1 at most 13 days before its first paid row. One query, none when the page has no
     * sick row; the employees are found as in the earlier-sick-period query, by the unsettled index.
     */
    private Map<Long, List<LocalDate>> karensFirstDays(YearMonth period, long min, long max, Map<Long, List<EmployeeInput.Deviation>> deviations) {
        LocalDate earliest = deviations.values().stream().flatMap(List::stream)
                .filter(d -> d.code() == DeviationCode.SICK_LEAVE || d.code() == DeviationCode.SICK_HOURS)
                .map(EmployeeInput.Deviation::from).min(LocalDate::compareTo).orElse(null);
        if (earliest == null)
            return Map.of();
        Map<Long, List<LocalDate>> firstDays = new HashMap<>();
        // Through the settled sick rows of the employees' employments (deviation_employment: employment_id, from_date) and the
        // row's result in the released run that settled it (primary key): the rows of preliminary and superseded runs, which
        // pay_run_deviation keeps too, are never read
        jdbc.sql("""
                SELECT m.employee_id, p.sick_first_day FROM deviation d JOIN employment m ON m.id = d.employment_id
                  JOIN pay_run_deviation p ON p.pay_run_id = d.settled_by_pay_run_id AND p.deviation_id = d.id
                WHERE d.code IN ('SICK_LEAVE', 'SICK_HOURS') AND d.settled_by_pay_run_id IS NOT NULL AND d.from_date >= :since
                  AND p.karens = 'MADE' AND p.sick_first_day >= :since
                  AND d.employment_id = ANY(ARRAY(SELECT a.id FROM employment a WHERE a.employee_id = ANY(ARRAY(
                      SELECT e.employee_id FROM employment e WHERE e.id = ANY(ARRAY(
                      SELECT u.employment_id FROM deviation u WHERE u.employment_id = """ + PAGE_EMPLOYMENTS + """
                 AND u.settled_by_pay_run_id IS NULL AND u.code IN ('SICK_LEAVE', 'SICK_HOURS') AND u.to_date <= :cutOff))))))""")
                .param("min", min).param("max", max).param("cutOff", period.minusMonths(1).atEndOfMonth())
                .param("since", earliest.minusMonths(13))
                .query(rs -> {
                    firstDays.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
                });
        return firstDays;
    }

    /**
     * A dated history (salary, rate) of the page's employments, oldest first, by employment. Also notes in retroSince, per
     * employment, the first day of the earliest month with a change that was recorded when that month was already released
     * (where retroactive pay may be due): worked out from the rows read here rather than by a query of its own, which joined
     * the change tables to the locked months for the whole partition (PayRunBenchmark: 25 ms of PostgreSQL per partition).
     */
    private <T> Map<Long, List<T>> history(String table, String column, BiFunction<LocalDate, BigDecimal, T> row, YearMonth period,
                                           long min, long max, Map<Long, LocalDate> retroSince) {
        Map<YearMonth, OffsetDateTime> released = releasedMonths(period);
        Map<Long, List<T>> history = new HashMap<>();
        jdbc.sql("SELECT h.employment_id, h.valid_from, h." + column + ", h.recorded_at FROM " + table + " h WHERE h.employment_id = "
                        + PAGE_EMPLOYMENTS + " ORDER BY h.employment_id, h.valid_from")
                .param("min", min).param("max", max)
                .query(rs -> {
                    long employment = rs.getLong(1);
                    LocalDate validFrom = rs.getObject(2, LocalDate.class);
                    history.computeIfAbsent(employment, k -> new ArrayList<>()).add(row.apply(validFrom, rs.getBigDecimal(3)));
                    OffsetDateTime release = released.get(YearMonth.from(validFrom));
                    // >= rather than >: a change recorded before the release at the same instant only costs a comparison that finds no difference
                    if (release != null && !rs.getObject(4, OffsetDateTime.class).isBefore(release))
                        retroSince.merge(employment, validFrom.withDayOfMonth(1), (a, b) -> a.isBefore(b) ? a : b);
                });
        return history;
    }

    /**
     * Reads the released (locked) months before the payment month with the time of their release, once for the reader's
     * partition: a change valid in such a month and recorded at or after its release may be due retroactive pay.
     */
    void prepareRetro(YearMonth period) {
        Map<YearMonth, OffsetDateTime> released = new HashMap<>();
        jdbc.sql("""
                SELECT p.period, r.released_at FROM pay_period p JOIN pay_run r ON r.id = p.locked_pay_run_id
                WHERE p.period < :period AND r.released_at IS NOT NULL""")
                .param("period", period.toString())
                .query(rs -> {
                    released.put(YearMonth.parse(rs.getString(1).strip()), rs.getObject(2, OffsetDateTime.class));
                });
        releasedMonths = released;
    }

    private Map<YearMonth, OffsetDateTime> releasedMonths(YearMonth period) {
        if (releasedMonths == null)
            prepareRetro(period);
        return releasedMonths;
    }

    /**
     * For retroactive pay: per employee, what released runs paid as fixed salary and retroactive pay (pay lines MANADSLON and
     * RETRO, by employment and earning month) from the month of the earliest salary or rate change that was recorded when its
     * month was already released (since, by employment), up to the month before the payment month. One query per page, none
     * when no employment of the page has such a change.
     */
    private Map<Long, List<EmployeeInput.PaidSalary>> paidSalaries(YearMonth period, long min, long max, Map<Long, LocalDate> since) {
        if (since.isEmpty())
            return Map.of();
        LocalDate earliest = since.values().stream().min(LocalDate::compareTo).orElseThrow();
        Map<Long, Map<Long, Map<YearMonth, BigDecimal>>> sums = new HashMap<>();
        jdbc.sql("""
                SELECT l.employee_id, l.employment_id, l.earned_from, l.amount FROM pay_line l JOIN pay_run r ON r.id = l.pay_run_id
                WHERE r.status = 'RELEASED' AND l.employee_id BETWEEN :min AND :max AND l.employment_id IN (:employments)
                  AND l.code IN ('MANADSLON', 'RETRO') AND l.earned_from >= :earliest AND l.earned_from < :start""")
                .param("min", min).param("max", max).param("employments", since.keySet()).param("earliest", earliest)
                .param("start", period.atDay(1))
                .query(rs -> {
                    long employment = rs.getLong(2);
                    LocalDate earned = rs.getObject(3, LocalDate.class);
                    if (earned.isBefore(since.get(employment)))
                        return;
                    sums.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(employment, k -> new HashMap<>())
                            .merge(YearMonth.from(earned), rs.getBigDecimal(4), BigDecimal::add);
                });
        Map<Long, List<EmployeeInput.PaidSalary>> result = new HashMap<>();
        sums.forEach((employee, byEmployment) -> byEmployment.forEach((employment, byMonth) -> byMonth.forEach((month, amount) ->
                result.computeIfAbsent(employee, k -> new ArrayList<>()).add(new EmployeeInput.PaidSalary(employment, month, amount)))));
        return result;
    }

    /** The latest released run of the month, or 0. */
    long releasedRun(YearMonth period) {
        return jdbc.sql("SELECT id FROM pay_run WHERE period = ? AND status = 'RELEASED' ORDER BY id DESC LIMIT 1")
                .param(period.toString()).query(Long.class).optional().orElse(0L);
    }

    static LocalDate birthDate(String twelveDigits) {
        return new PersonalIdentityNumber(twelveDigits.strip()).birthDate();
    }
}

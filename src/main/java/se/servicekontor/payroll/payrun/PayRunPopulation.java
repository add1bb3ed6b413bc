package se.servicekontor.payroll.payrun;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who a run of a payment month pays: every employee with an employment in force during the month, and
 * every employee with unsettled deviations up to the end of the month before (eftersläp; a late report
 * for an earlier month is picked up by the next unreleased run). A deviation is paid once it has ended
 * by the end of the month before.
 */
final class PayRunPopulation {

    /** Condition on employment {@code m}: bind :start, :end (payment month) and :cutOff (end of the month before). */
    static final String EMPLOYMENT_COUNTS = """
            ((m.start_date <= :end AND (m.end_date IS NULL OR m.end_date >= :start))
              OR EXISTS (SELECT 1 FROM deviation d WHERE d.employment_id = m.id AND d.settled_by_pay_run_id IS NULL
                         AND d.to_date <= :cutOff))""";

    private PayRunPopulation() {
    }

    static long count(JdbcClient jdbc, YearMonth period) {
        return jdbc.sql("SELECT count(DISTINCT m.employee_id) FROM employment m WHERE " + EMPLOYMENT_COUNTS)
                .param("start", period.atDay(1)).param("end", period.atEndOfMonth())
                .param("cutOff", period.minusMonths(1).atEndOfMonth())
                .query(Long.class).single();
    }

    /** The population counted per id bucket: bucket k holds ids min + k × width up to min + (k + 1) × width − 1. */
    static Map<Long, Long> countByBucket(JdbcClient jdbc, YearMonth period, long min, long width) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT (e.employee_id - :min) / :width AS bucket, count(*) FROM (SELECT DISTINCT m.employee_id FROM employment m WHERE "
                        + EMPLOYMENT_COUNTS + ") e GROUP BY bucket")
                .param("min", min).param("width", width)
                .param("start", period.atDay(1)).param("end", period.atEndOfMonth())
                .param("cutOff", period.minusMonths(1).atEndOfMonth())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** Lowest and highest employee id of the population, or null when it is empty. */
    static long[] idRange(JdbcClient jdbc, YearMonth period) {
        return jdbc.sql("SELECT min(m.employee_id), max(m.employee_id) FROM employment m WHERE " + EMPLOYMENT_COUNTS)
                .param("start", period.atDay(1)).param("end", period.atEndOfMonth())
                .param("cutOff", period.minusMonths(1).atEndOfMonth())
                .query((rs, n) -> rs.getObject(1) == null ? new long[0] : new long[] {rs.getLong(1), rs.getLong(2)})
                .list().stream().filter(r -> r.length == 2).findFirst().orElse(null);
    }
}

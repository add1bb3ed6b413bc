package se.servicekontor.payroll.payrun;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which payment months are locked: a month is locked when its final pay run is released. Employments,
 * salaries and deviations ask here before a change dated in a month (after release nothing in the period
 * changes; corrections go into the next period).
 */
@Component
public class PayPeriodLocks {

    private final JdbcClient jdbc;

    PayPeriodLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isLocked(YearMonth period) {
        return jdbc.sql("SELECT count(*) FROM pay_period WHERE period = ? AND locked_pay_run_id IS NOT NULL")
                .param(period.toString()).query(Long.class).single() > 0;
    }

    /**
     * Refuses a change dated in a locked month.
     *
     * @param what what is being changed, as the message starts: "Lönen från 2026-11-01 kan inte ändras"
     * @throws PeriodLocked naming the month
     */
    public void requireOpen(LocalDate date, String what) {
        if (date != null && isLocked(YearMonth.from(date)))
            throw new PeriodLocked(YearMonth.from(date), what);
    }
}

package se.servicekontor.payroll.payrun;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The runs of a payment month the wizard works with.
 *
 * @param preliminary the current preliminary result (CALCULATED, not superseded), if any
 * @param finalRun    the current final run (CALCULATED or RELEASED), if any
 * @param latest      the newest run of the month whatever its status — RUNNING shows progress, FAILED a restart link
 * @param locked      the month is released and locked
 */
public record PeriodRuns(YearMonth period, Optional<PayRunView> preliminary, Optional<PayRunView> finalRun,
                         Optional<PayRunView> latest, boolean locked) {

    public boolean running() {
        return latest.map(r -> r.status() == PayRunStatus.RUNNING).orElse(false);
    }
}

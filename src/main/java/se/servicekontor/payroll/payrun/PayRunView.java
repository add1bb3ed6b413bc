package se.servicekontor.payroll.payrun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import se.servicekontor.payroll.PayRunId;

/**
 * A pay run as the wizard shows it.
 *
 * @param jobExecutionId   the payRunJob execution (Körningar: /korningar/{id}); null until started
 * @param employeesDone    employees calculated so far (committed)
 * @param employeesExpected employees with an employment in the period, counted at the start
 * @param totals           the run's totals once CALCULATED (zero before)
 */
public record PayRunView(PayRunId id, YearMonth period, PayRunKind kind, PayRunStatus status, Long jobExecutionId,
                         String startedBy, Instant startedAt, Instant finishedAt, String releasedBy, Instant releasedAt,
                         LocalDate payday, long employeesDone, long employeesExpected, int errors, int warnings,
                         Totals totals) {

    /** Done in percent (0–100), for the progress bar; a failed run shows how far it got. */
    public int percentDone() {
        if (status != PayRunStatus.RUNNING && status != PayRunStatus.FAILED)
            return 100;
        return employeesExpected == 0 ? 0 : (int) Math.min(100, employeesDone * 100 / employeesExpected);
    }

    public boolean hasBlockingErrors() {
        return errors > 0;
    }
}

package se.servicekontor.payroll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A final pay run was released by a second officer (four-eyes): the period is locked and its pay is
 * to be paid on {@code payday}. Accounting posts it; the outputs (payslips, payment file, AGI) start
 * from it. Published inside the release transaction.
 */
public record PayRunReleased(YearMonth period, PayRunId payRun, LocalDate payday, List<CostCentreTotal> totals,
                             String releasedBy, Instant releasedAt) {

    public PayRunReleased {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(payRun, "payRun");
        Objects.requireNonNull(payday, "payday");
        totals = List.copyOf(totals);
        Objects.requireNonNull(releasedBy, "releasedBy");
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}

package se.servicekontor.payroll.claims;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import se.servicekontor.shared.Amount;

/**
 * One employee's claim (löneskuld) as the claim page shows it (public only for the page template; nothing outside this package uses it).
 *
 * @param amount         what is owed now (zero when nothing is)
 * @param agreedPerMonth the recovery per month agreed with the employee; null = the configured percentage
 * @param pending        final runs calculated but not released that will recover from this claim when released
 * @param adjustable     the most a repayment or write-off may take off now: the claim less what pending runs recover
 * @param history        every released run that raised or recovered and every manual change, oldest first
 * @param writeOffRequest a write-off asked for by one officer, waiting for a second (four-eyes); null when none is
 */
public record ClaimDetail(long employeeId, String firstName, String lastName, String personalIdentityNumber, boolean protectedIdentity,
                   Amount amount, Amount agreedPerMonth, OffsetDateTime openedAt, Long openedByPayRun, String openedPeriod,
                   List<PendingRecovery> pending, Amount adjustable, List<Entry> history, WriteOffRequest writeOffRequest) {

    public boolean isOpen() {
        return amount.isPositive();
    }

    /** A write-off one officer asked for, which takes effect when another confirms it. */
    public record WriteOffRequest(Amount amount, String reason, String requestedBy, OffsetDateTime requestedAt) {
    }

    /** A final run not yet released that recovers from the claim. */
    public record PendingRecovery(long payRunId, String period, Amount recovered) {
    }

    /**
     * A line of the history. kind: RAISED or RECOVERED (a released run), REPAYMENT, WRITE_OFF or AGREEMENT (manual).
     *
     * @param change  what the line did to the claim: positive raises it, negative reduces it; null for an agreement
     * @param agreed  for an agreement, the amount per month agreed (null = back to the configured percentage)
     * @param after   the claim after the line
     */
    public record Entry(OffsetDateTime at, String kind, Long payRunId, String period, Amount change, Amount agreed, Amount after,
                 LocalDate receivedOn, String reference, String reason, String by) {
    }
}

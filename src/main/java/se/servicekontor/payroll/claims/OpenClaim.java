package se.servicekontor.payroll.claims;

import java.time.OffsetDateTime;

import se.servicekontor.shared.Amount;

/**
 * A row of Löneskulder: an employee who owes the employer (public only for the page template).
 *
 * @param maskedNumber     personnummer as YYYYMMDD-**** (lists never show the full number)
 * @param openedByPayRun   the released run that raised the claim when nothing was owed; null if unknown
 * @param openedPeriod     that run's payment month, YYYY-MM
 * @param agreedPerMonth   the recovery per month agreed with the employee; null = the configured percentage
 */
public record OpenClaim(long employeeId, String name, String maskedNumber, boolean protectedIdentity, Amount amount,
                 OffsetDateTime openedAt, Long openedByPayRun, String openedPeriod, Amount agreedPerMonth) {
}

package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.servicekontor.shared.Amount;

/**
 * One employee's result in a run, with last month's for comparison: {@code previousGross}/{@code previousNet}
 * come from the latest RELEASED run of the previous period (null when the employee was not paid then).
 *
 * @param maskedNumber personnummer as YYYYMMDD-**** (never the full number in lists)
 */
public record EmployeeResult(long employeeId, String name, String maskedNumber, boolean protectedIdentity,
                             String costCentre, Totals totals, int errors, int warnings, Amount previousGross,
                             Amount previousNet) {

    public Amount netChange() {
        return previousNet == null ? null : totals.net().minus(previousNet);
    }

    public Amount grossChange() {
        return previousGross == null ? null : totals.gross().minus(previousGross);
    }

    /** Net change in percent of last month's net (one decimal); null without last month or when it was zero. */
    public BigDecimal netChangePercent() {
        if (previousNet == null || previousNet.isZero())
            return null;
        return netChange().value().multiply(BigDecimal.valueOf(100)).divide(previousNet.value().abs(), 1, RoundingMode.HALF_UP);
    }

    /** Whether the review page should highlight the row: new this month, or net changed by at least {@code percent}. */
    public boolean changedMoreThan(BigDecimal percent) {
        BigDecimal change = netChangePercent();
        return previousNet == null || change == null || change.abs().compareTo(percent) > 0;
    }
}

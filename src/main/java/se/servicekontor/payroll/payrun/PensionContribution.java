package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * AKAP-KR, the municipal occupational pension the employer pays (a cost, not a deduction): 6 % of the
 * month's pensionable pay up to 7.5 income base amounts a year (divided by 12), 31.5 % above.
 */
// AKAP-KR § 6 as summarised in DOMAIN.md §3; inkomstbasbelopp: Skatteverket "Belopp och procent" 2025/2026.
// Belongs in payroll/rules as dated reference data once the rules have a pension rule; kept here until then.
final class PensionContribution {

    private static final TreeMap<Integer, BigDecimal> INCOME_BASE_AMOUNT = new TreeMap<>(Map.of(
            2025, new BigDecimal("80600"), 2026, new BigDecimal("83400")));
    private static final BigDecimal LOW = new BigDecimal("0.06");
    private static final BigDecimal HIGH = new BigDecimal("0.315");
    private static final BigDecimal BASE_AMOUNTS = new BigDecimal("7.5");

    private PensionContribution() {
    }

    /** The month's AKAP-KR contribution on {@code pensionablePay} (never negative), in öre. */
    static BigDecimal monthly(BigDecimal pensionablePay, int year) {
        if (pensionablePay.signum() <= 0)
            return BigDecimal.ZERO.setScale(2);
        var entry = INCOME_BASE_AMOUNT.floorEntry(year);
        BigDecimal baseAmount = (entry != null ? entry : INCOME_BASE_AMOUNT.firstEntry()).getValue();
        BigDecimal ceiling = baseAmount.multiply(BASE_AMOUNTS).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        BigDecimal below = pensionablePay.min(ceiling);
        BigDecimal above = pensionablePay.subtract(below);
        return below.multiply(LOW).add(above.multiply(HIGH)).setScale(2, RoundingMode.HALF_UP);
    }
}

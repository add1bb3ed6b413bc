package se.servicekontor.payroll.rules;

import java.math.BigDecimal;

/**
 * The employer's occupational pension cost for one employee's payment month (AKAP-KR): the premium
 * on the pensionable pay, and the special payroll tax (särskild löneskatt) on the premium. An
 * employer cost, not a deduction from pay; reported to the pension administrator (KPA).
 *
 * @param pensionablePay the month's pensionable pay (pensionsgrundande lön)
 * @param monthlyCeiling 7.5 income base amounts / 12 of the payment year (52 125.00 in 2026)
 * @param premiumUpToCeiling 6 % of the pay up to the ceiling
 * @param premiumAboveCeiling 31.5 % of the pay above the ceiling
 * @param premium the two together
 * @param specialPayrollTax 24.26 % of the premium
 * @param total premium + special payroll tax
 */
public record PensionCost(BigDecimal pensionablePay, BigDecimal monthlyCeiling, BigDecimal premiumUpToCeiling,
        BigDecimal premiumAboveCeiling, BigDecimal premium, BigDecimal specialPayrollTax, BigDecimal total) {

    /** No pension cost (a result built without it). */
    public static final PensionCost NONE = new PensionCost(zero(), zero(), zero(), zero(), zero(), zero(), zero());

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}

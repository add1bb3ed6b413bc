package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The pay an absence takes away from a monthly salary (löneavdrag): per work day for a short
 * absence, per calendar day for a longer one and for sick days from day 15.
 */
// AB § 28 (löneavdrag vid sjukdom och ledighet): kalenderdagslön = månadslön × 12 / 365 — figure from the brief, UNCONFIRMED
public final class AbsenceDeduction {

    static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);
    static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365); // AB: 365 also in a leap year — UNCONFIRMED

    private AbsenceDeduction() {
    }

    /** Pay per calendar day (kalenderdagslön): monthly salary × 12 / 365, in öre, half up. */
    public static BigDecimal calendarDayPay(BigDecimal monthlySalary) {
        return monthlySalary.multiply(MONTHS_A_YEAR).divide(DAYS_A_YEAR, 2, RoundingMode.HALF_UP);
    }
}

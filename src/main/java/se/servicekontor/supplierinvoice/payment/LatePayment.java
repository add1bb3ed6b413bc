package se.servicekontor.supplierinvoice.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import se.servicekontor.shared.Amount;

/**
 * What paying a supplier late costs: interest at the Riksbank reference rate plus eight percentage points
 * per year on the amount, for each day after the due date up to and including the pay day (räntelagen
 * 1975:635 4 § and 6 §, from the due date per 3 §), and the fixed 450 kr compensation a business creditor
 * may claim per invoice (lag 1981:739 om ersättning för inkassokostnader m.m. 4 a §, added by SFS 2013:513;
 * DOMAIN.md names "lag 1997:64", which we could not match to this act). Interest on a
 * 365-day year, rounded to whole öre half up.
 */
public record LatePayment(long daysLate, Amount interest, Amount fee) {

    public static final Amount FEE = Amount.ofKronor("450.00");
    static final BigDecimal MARGIN_PERCENT = new BigDecimal("8");

    public static LatePayment of(Amount amount, LocalDate dueDate, LocalDate paid, BigDecimal referenceRatePercent) {
        long days = Math.max(0, ChronoUnit.DAYS.between(dueDate, paid));
        if (days == 0 || !amount.isPositive()) {
            return new LatePayment(0, Amount.ZERO, Amount.ZERO);
        }
        BigDecimal yearly = referenceRatePercent.add(MARGIN_PERCENT).movePointLeft(2);
        BigDecimal interest = amount.value().multiply(yearly).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
        return new LatePayment(days, new Amount(interest), FEE);
    }

    public Amount total() {
        return interest.plus(fee);
    }
}

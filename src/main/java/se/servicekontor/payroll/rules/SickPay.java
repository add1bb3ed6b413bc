package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sick pay (sjuklön) the employer pays for the first 14 calendar days of a sick period: 80 % of the
 * pay and benefits lost each day, less one karensavdrag of 20 % of an average week's sick pay, taken
 * from day 1 and, where day 1 has too little, from the following days. From day 15 Försäkringskassan
 * pays and the employer reports the case.
 * <p>
 * Part-time sickness (deltidssjukskrivning, e.g. 50 %): each day's lost pay is the sick share of the day, so the sick pay
 * is 80 % of that share; the karensavdrag is still 20 % of an average week's sick pay for the agreed working time, not
 * scaled by the extent, and is taken from the period's sick pay day by day until used up — never more than the period's
 * sick pay. A 50 % sick day thus carries half as much of it as a full one, and the rest moves on to the next days.
 */
// Sjuklönelagen (1991:1047) 6–7 §§ (80 %, karensavdrag 20 % of an average week's sick pay since 2019, 14 calendar days);
// prop. 2017/18:96: the average week follows the agreed working time (not the sick extent), the rest of the avdrag moves on
// to the next days (DOMAIN.md §3) — the same rule for part-time sickness is UNCONFIRMED against AB § 28's own text
public final class SickPay {

    /** Days 1–14 of a sick period are the employer's (sjuklöneperiod). */
    public static final int EMPLOYER_DAYS = 14;
    static final BigDecimal SICK_PAY_SHARE = new BigDecimal("0.80");
    static final BigDecimal KARENS_SHARE = new BigDecimal("0.20");

    /**
     * A day of the sick period and the pay and benefits the employee lost that day (schedule hours
     * × pay, OB and scheduled on-call included); zero on a day off.
     */
    public record SickDay(LocalDate date, BigDecimal lostPay) {
        public SickDay {
            Objects.requireNonNull(date, "date");
            if (lostPay.signum() < 0 || lostPay.stripTrailingZeros().scale() > 2)
                throw new IllegalArgumentException("Lost pay must be kronor and öre, not negative, was " + lostPay.toPlainString());
        }
    }

    /** One paid day: sick pay (80 %), the part of the karensavdrag taken from it, and what is paid. */
    public record PaidDay(LocalDate date, int dayOfPeriod, BigDecimal sickPay, BigDecimal karensDeducted, BigDecimal paid) {
    }

    /**
     * @param karensDeduction the karensavdrag for the period (20 % of an average week's sick pay)
     * @param karensTaken how much of it this part's sick pay could carry; the rest ({@link #karensLeft}) goes on to the
     *        period's later days, and lapses when the period has none
     * @param reportFrom day 15 when the sickness goes on beyond the employer's 14 days ("anmälan dag 15")
     */
    public record Result(List<PaidDay> days, BigDecimal karensDeduction, BigDecimal karensTaken, BigDecimal total,
            Optional<LocalDate> reportFrom) {
        public Result {
            days = List.copyOf(days);
        }

        /**
         * What of the karensavdrag this part of the period could not carry: it continues on the period's next days, also
         * when they are paid in a later pay run (a period that goes on past the month end).
         */
        // DOMAIN.md §3 / Sjuklönelagen 6 §: "if day 1 has too little, the rest continues on the next days" — the period, not the month
        public BigDecimal karensLeft() {
            return karensDeduction.subtract(karensTaken);
        }
    }

    /**
     * The sick pay for a period.
     *
     * @param firstDay day 1 of the sick period (with a relapse within five days, the first day of the earlier period)
     * @param days the sick days in date order; days after day 14 are left to Försäkringskassan
     * @param averageWeekSickPay the sick pay the employee would get in an average week
     * @param karensApplies false when no new karensavdrag is made: a relapse within five days of an earlier
     *        period, or ten karensavdrag already made in the last twelve months (Sjuklönelagen 6 §, högriskskydd)
     */
    public Result calculate(LocalDate firstDay, List<SickDay> days, BigDecimal averageWeekSickPay, boolean karensApplies) {
        return calculate(firstDay, days, karensApplies ? karens(averageWeekSickPay) : money(BigDecimal.ZERO));
    }

    /**
     * The sick pay for a part of a period from which a karensavdrag of {@code karens} is still to be taken: the whole
     * {@link #karens} for a new period, or what an earlier part of the same period (an earlier row of the time report, e.g.
     * at another extent) could not carry.
     */
    public Result calculate(LocalDate firstDay, List<SickDay> days, BigDecimal karens) {
        Objects.requireNonNull(firstDay, "firstDay");
        karens = money(karens);
        BigDecimal karensLeft = karens;
        List<PaidDay> paid = new ArrayList<>();
        Optional<LocalDate> reportFrom = Optional.empty();
        LocalDate previous = null;
        for (SickDay day : days) {
            if (day.date().isBefore(firstDay) || (previous != null && !day.date().isAfter(previous)))
                throw new IllegalArgumentException("Sick days must be in date order from " + firstDay + "; " + day.date() + " is not");
            previous = day.date();
            int dayOfPeriod = (int) ChronoUnit.DAYS.between(firstDay, day.date()) + 1;
            if (dayOfPeriod > EMPLOYER_DAYS) {
                reportFrom = Optional.of(firstDay.plusDays(EMPLOYER_DAYS));
                break;
            }
            BigDecimal sickPay = money(day.lostPay().multiply(SICK_PAY_SHARE));
            BigDecimal deducted = karensLeft.min(sickPay); // Sjuklönelagen 6 §: karensavdrag continues on the next days
            karensLeft = karensLeft.subtract(deducted);
            paid.add(new PaidDay(day.date(), dayOfPeriod, sickPay, deducted, sickPay.subtract(deducted)));
        }
        BigDecimal total = paid.stream().map(PaidDay::paid).reduce(money(BigDecimal.ZERO), BigDecimal::add);
        return new Result(paid, karens, karens.subtract(karensLeft), total, reportFrom);
    }

    /** The karensavdrag of a new sick period: 20 % of an average week's sick pay, in öre. */
    public static BigDecimal karens(BigDecimal averageWeekSickPay) {
        return money(averageWeekSickPay.multiply(KARENS_SHARE));
    }

    /**
     * An average week's sick pay for a monthly salary on a regular schedule: 80 % of the monthly pay
     * and fixed benefits × 12 / 52.
     */
    // Common practice for monthly pay (12 months / 52 weeks) — UNCONFIRMED against AB § 28's own formula
    public static BigDecimal averageWeekSickPay(BigDecimal monthlyPay) {
        return money(monthlyPay.multiply(BigDecimal.valueOf(12)).multiply(SICK_PAY_SHARE)
                .divide(BigDecimal.valueOf(52), 10, RoundingMode.HALF_UP));
    }

    /**
     * An average week's sick pay for an hourly-paid employee (timavlönad): 80 % × hourly rate × the employment's average
     * weekly hours, in öre.
     */
    // Sjuklönelagen 6 § / prop. 2017/18:96: the average week follows the average working time; for hourly staff the
    // employment's weekly hours stand for it (DOMAIN.md task) — UNCONFIRMED for staff without agreed hours (the average of
    // past hours may be the right basis)
    public static BigDecimal averageWeekSickPayHourly(BigDecimal hourlyRate, BigDecimal weeklyHours) {
        return money(hourlyRate.multiply(weeklyHours).multiply(SICK_PAY_SHARE));
    }

    // Öre, half up — the rounding of each day's sick pay and of the karensavdrag is UNCONFIRMED (not stated in the law)
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}

package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The pay an absence takes away from a monthly salary (löneavdrag) under the municipal agreement: per absent work day of the
 * schedule, the monthly salary ÷ the month's calendar days × the absence factor (tjänstledighetsfaktor = calendar days ÷
 * work days of the schedule period, 7/5 = 1.4 on a five-day week); absence for a whole calendar month deducts the whole
 * monthly salary; part of a day by the hour. Sick days 1–14 lose the same day value ({@link #dayValue}).
 */
// AB § 28 (SKR/Sobona, as described by Kommunal's ombudsman KA 2016 and municipal payroll pages, e.g. Hultsfred
// "tjänstledighetsfaktor 1,4"; FAR "kalenderdagsfaktor"): the agreement text itself was not found — UNCONFIRMED
public final class AbsenceDeduction {

    static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);
    static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365); // AB: 365 also in a leap year — UNCONFIRMED
    static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);

    /**
     * The deduction of one calendar month's part of an absence.
     *
     * @param month the calendar month of the days
     * @param days the scheduled work days deducted
     * @param dayPay the day value (× the extent / 100 for a partial absence); on a whole month, the share of the month's
     *        salary per work day is not used
     * @param wholeMonth the absence covers the whole calendar month: the (share of the) whole monthly salary is deducted
     * @param amount positive (the pay line carries it negated)
     */
    public record Deduction(YearMonth month, int days, BigDecimal dayPay, boolean wholeMonth, BigDecimal amount) {
    }

    public AbsenceDeduction() {
    }

    /**
     * The value of one absent work day in a month: monthly salary ÷ calendar days of the month × 7 ÷ work days a week,
     * rounded once to the öre, half up. Example: 35 000 kr in April (30 days) on Monday–Friday: 35 000 × 7 / (30 × 5) =
     * 1 633.33.
     */
    // AB § 28: dagslön vid ledighet = månadslön / kalenderdagar i månaden × tjänstledighetsfaktor (7/5) — UNCONFIRMED text
    public static BigDecimal dayValue(BigDecimal monthlySalary, YearMonth month, WorkSchedule schedule) {
        return monthlySalary.multiply(DAYS_A_WEEK)
                .divide(BigDecimal.valueOf((long) month.lengthOfMonth() * schedule.daysPerWeek()), 2, RoundingMode.HALF_UP);
    }

    /**
     * The deduction for the days first–last of an absence from–to, month by month: per scheduled work day the month's day
     * value; a month the whole absence covers deducts the whole monthly salary (a part of such a month its share by work
     * days, so that the parts of one whole month add up to the salary). A month's deduction never exceeds its monthly salary.
     *
     * @param from first day of the whole absence (adjacent rows joined), at or before first
     * @param to last day of the whole absence, at or after last
     * @param extentPercent how much of each day the employee is off, above 0 and at most 100
     */
    public List<Deduction> part(LocalDate from, LocalDate to, LocalDate first, LocalDate last, WorkSchedule schedule,
                                BigDecimal monthlySalary, BigDecimal extentPercent) {
        if (to.isBefore(from))
            throw new IllegalArgumentException("The leave ends " + to + ", before it starts " + from);
        if (first.isBefore(from) || last.isAfter(to))
            throw new IllegalArgumentException("The days " + first + "–" + last + " lie outside the leave " + from + "–" + to);
        List<Deduction> result = new ArrayList<>();
        BigDecimal monthShare = PayCalculator.money(monthlySalary.multiply(extentPercent).movePointLeft(2));
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            LocalDate a = first.isAfter(m.atDay(1)) ? first : m.atDay(1);
            LocalDate b = last.isBefore(m.atEndOfMonth()) ? last : m.atEndOfMonth();
            int days = schedule.countWorkDays(a, b);
            BigDecimal dayPay = PayCalculator.partOfDay(dayValue(monthlySalary, m, schedule), extentPercent);
            boolean wholeMonth = !from.isAfter(m.atDay(1)) && !to.isBefore(m.atEndOfMonth());
            BigDecimal amount;
            if (wholeMonth) {
                int monthDays = schedule.countWorkDays(m.atDay(1), m.atEndOfMonth());
                amount = days == monthDays || monthDays == 0 ? monthShare
                        : PayCalculator.money(monthShare.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(monthDays), 10,
                                RoundingMode.HALF_UP));
            } else {
                // UNCONFIRMED: the cap — with 1.4 per work day a month of 23 work days would deduct more than its salary
                amount = dayPay.multiply(BigDecimal.valueOf(days)).min(monthShare);
            }
            result.add(new Deduction(m, days, dayPay, wholeMonth, amount));
        }
        return result;
    }

    /** Pay per calendar day (kalenderdagslön): monthly salary × 12 / 365, in öre, half up (sick days from day 15). */
    public static BigDecimal calendarDayPay(BigDecimal monthlySalary) {
        return monthlySalary.multiply(MONTHS_A_YEAR).divide(DAYS_A_YEAR, 2, RoundingMode.HALF_UP);
    }

    /**
     * The deduction for hours of absence: monthly salary × 12 / (52 × weekly hours) × hours, rounded once to the öre.
     */
    // AB § 28: timlön for deductions = månadslön × 12 / (52 × veckoarbetstid) — UNCONFIRMED against the agreement text
    public static BigDecimal hours(BigDecimal monthlySalary, BigDecimal weeklyHours, BigDecimal hours) {
        if (weeklyHours.signum() <= 0)
            throw new IllegalArgumentException("Weekly hours must be positive, was " + weeklyHours.toPlainString());
        return monthlySalary.multiply(MONTHS_A_YEAR).multiply(hours).divide(WEEKS_A_YEAR.multiply(weeklyHours), 2, RoundingMode.HALF_UP);
    }
}

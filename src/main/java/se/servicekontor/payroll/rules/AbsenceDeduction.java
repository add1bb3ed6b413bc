package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The pay an absence takes away from a monthly salary (löneavdrag): a short leave per work day (or
 * per hour), a longer one per calendar day (kalenderdagslön = monthly salary × 12 / 365), as sick
 * days from day 15 are. The limit between short and long is dated reference data.
 */
// AB § 28 (löneavdrag vid ledighet): ≤ 5 days per work day/hour, longer per calendar day × 12 / 365 — from the brief, UNCONFIRMED
public final class AbsenceDeduction {

    static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);
    static final BigDecimal DAYS_A_YEAR = BigDecimal.valueOf(365); // AB: 365 also in a leap year — UNCONFIRMED
    static final BigDecimal WEEKS_A_YEAR = BigDecimal.valueOf(52);

    /**
     * @param perCalendarDay true for a long leave (calendar days), false for a short one (work days)
     * @param days the days deducted in the month settled
     * @param dayPay work-day pay (× 12 / 260) or calendar-day pay (× 12 / 365), × the extent / 100 for a partial leave
     * @param amount dayPay × days, positive (the pay line carries it negated)
     */
    public record Deduction(boolean perCalendarDay, int days, BigDecimal dayPay, BigDecimal amount) {
    }

    private final ReferenceValues values;

    public AbsenceDeduction(ReferenceValues values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /**
     * The deduction for the part of a leave that lies in the month settled. Whether the leave is short
     * is judged on its whole length, also when it runs over a month end.
     *
     * @param from first day of the leave
     * @param to last day of the leave, inclusive
     * @param workDays the scheduled work days of the leave
     * @param settled the month whose days are deducted (the earning month, payment month − 1)
     */
    public Deduction leave(LocalDate from, LocalDate to, List<LocalDate> workDays, YearMonth settled, BigDecimal monthlySalary) {
        return leave(from, to, workDays, settled, monthlySalary, PayCalculator.Variable.FULL_EXTENT);
    }

    /**
     * As {@link #leave(LocalDate, LocalDate, List, YearMonth, BigDecimal)} for a partial leave: each day is deducted by
     * extentPercent of the day's pay (the limit between short and long still judged on the calendar length).
     *
     * @param extentPercent how much of each day the employee is off, above 0 and at most 100
     */
    public Deduction leave(LocalDate from, LocalDate to, List<LocalDate> workDays, YearMonth settled, BigDecimal monthlySalary,
                           BigDecimal extentPercent) {
        if (to.isBefore(from))
            throw new IllegalArgumentException("The leave ends " + to + ", before it starts " + from);
        LocalDate first = from.isAfter(settled.atDay(1)) ? from : settled.atDay(1);
        LocalDate last = to.isBefore(settled.atEndOfMonth()) ? to : settled.atEndOfMonth();
        return part(from, to, first, last, workDays, monthlySalary, extentPercent);
    }

    /**
     * The deduction for the days first–last of a leave from–to: a part of it paid on its own (a row of a leave reported as
     * several rows, or the days of a leave priced at one salary when the salary changes within it). Whether the leave is
     * short is judged on the whole leave from–to; only the part's own days are deducted.
     *
     * @param workDays the scheduled work days (of the part or of the whole leave: only those in first–last count)
     * @param first the part's first day; a part that lies outside from–to is refused
     */
    public Deduction part(LocalDate from, LocalDate to, LocalDate first, LocalDate last, List<LocalDate> workDays,
                          BigDecimal monthlySalary, BigDecimal extentPercent) {
        if (to.isBefore(from))
            throw new IllegalArgumentException("The leave ends " + to + ", before it starts " + from);
        if (first.isBefore(from) || last.isAfter(to))
            throw new IllegalArgumentException("The days " + first + "–" + last + " lie outside the leave " + from + "–" + to);
        // the limit in force on the part's first day: a leave joined with a row settled long ago may begin before the figure's
        // first validity date
        if (isShort(from, to, first)) {
            int days = (int) workDays.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)).count();
            BigDecimal dayPay = PayCalculator.partOfDay(PayCalculator.workDayPay(monthlySalary), extentPercent);
            return new Deduction(false, days, dayPay, dayPay.multiply(BigDecimal.valueOf(days)));
        }
        // a long leave: every calendar day of the part, weekends and public holidays included
        int days = last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
        BigDecimal dayPay = PayCalculator.partOfDay(calendarDayPay(monthlySalary), extentPercent);
        return new Deduction(true, days, dayPay, dayPay.multiply(BigDecimal.valueOf(days)));
    }

    /**
     * Whether the leave from–to (calendar days, both included) is short, deducted per work day, by the limit in force on the
     * day asOf; a longer one is deducted per calendar day.
     */
    public boolean isShort(LocalDate from, LocalDate to, LocalDate asOf) {
        return ChronoUnit.DAYS.between(from, to) + 1 <= values.value("ab.absence.shortLeaveMaxDays", asOf).longValueExact();
    }

    /** Pay per calendar day (kalenderdagslön): monthly salary × 12 / 365, in öre, half up. */
    public static BigDecimal calendarDayPay(BigDecimal monthlySalary) {
        return monthlySalary.multiply(MONTHS_A_YEAR).divide(DAYS_A_YEAR, 2, RoundingMode.HALF_UP);
    }

    /**
     * The deduction for hours of absence: monthly salary × 12 / (52 × weekly hours) × hours, rounded once to the öre.
     * With 40 hours a week an 8-hour day gives the work-day pay × 12 / 260.
     */
    // AB § 28: timlön for deductions = månadslön × 12 / (52 × veckoarbetstid) — UNCONFIRMED against the agreement text
    public static BigDecimal hours(BigDecimal monthlySalary, BigDecimal weeklyHours, BigDecimal hours) {
        if (weeklyHours.signum() <= 0)
            throw new IllegalArgumentException("Weekly hours must be positive, was " + weeklyHours.toPlainString());
        return monthlySalary.multiply(MONTHS_A_YEAR).multiply(hours).divide(WEEKS_A_YEAR.multiply(weeklyHours), 2, RoundingMode.HALF_UP);
    }
}

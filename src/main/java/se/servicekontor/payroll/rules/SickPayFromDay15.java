package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A sick period beyond the employer's 14 days: from day 15 Försäkringskassan pays sick benefit and
 * the employer deducts the monthly salary per calendar day; on days 15–90 the employer adds 10 % of
 * the pay (AB). Day 15 must be reported to Försäkringskassan ("anmälan dag 15").
 */
// Sjuklönelagen (1991:1047) 7 § and 12 § (14 days, report from day 15); AB § 28: days 15–90 + 10 % — UNCONFIRMED (DOMAIN.md §3)
public final class SickPayFromDay15 {

    static final int FIRST_DAY = SickPay.EMPLOYER_DAYS + 1;

    /**
     * @param additionDays calendar days in the range that are days 15 to 90 (the last day is reference data)
     * @param laterDays calendar days after day 90: deducted, no addition
     * @param calendarDayPay monthly salary × 12 / 365, × the sick extent / 100 for part-time sickness
     * @param deduction calendarDayPay × all the range's days from day 15
     * @param addition 10 % of the deduction on the addition days
     * @param notice the day-15 report, when day 15 falls in the range
     */
    public record Result(int additionDays, int laterDays, BigDecimal calendarDayPay, BigDecimal deduction,
            BigDecimal addition, Optional<Notice> notice) {
    }

    private final ReferenceValues values;

    public SickPayFromDay15(ReferenceValues values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /**
     * The deduction and addition for the calendar days from day 15 of a sick period that lie in [from, to].
     *
     * @param firstDay day 1 of the sick period
     * @param from first calendar day to settle (for example the first day of the month reported)
     * @param to last calendar day to settle, inclusive
     * @param monthlySalary the monthly salary at the employment rate
     */
    public Result calculate(LocalDate firstDay, LocalDate from, LocalDate to, BigDecimal monthlySalary) {
        return calculate(firstDay, from, to, monthlySalary, PayCalculator.Variable.FULL_EXTENT);
    }

    /**
     * As {@link #calculate(LocalDate, LocalDate, LocalDate, BigDecimal)} for part-time sickness: each calendar day is
     * deducted by extentPercent of the calendar-day pay, and the addition is 10 % of that.
     *
     * @param extentPercent how much of each day the employee is sick, above 0 and at most 100
     */
    // From day 15 Försäkringskassan pays sick benefit for the part of the day the employee is sick (SFB 27 kap.: ¼, ½, ¾ or whole);
    // the employer's deduction and AB addition for that share — UNCONFIRMED against AB § 28's text for partial sickness
    public Result calculate(LocalDate firstDay, LocalDate from, LocalDate to, BigDecimal monthlySalary, BigDecimal extentPercent) {
        Objects.requireNonNull(firstDay, "firstDay");
        LocalDate day15 = firstDay.plusDays(FIRST_DAY - 1);
        LocalDate start = from.isBefore(day15) ? day15 : from;
        BigDecimal dayPay = PayCalculator.partOfDay(AbsenceDeduction.calendarDayPay(monthlySalary), extentPercent);
        int additionDays = 0;
        int laterDays = 0;
        BigDecimal additionBase = BigDecimal.ZERO;
        BigDecimal percent = BigDecimal.ZERO;
        for (LocalDate day = start; !day.isAfter(to); day = day.plusDays(1)) {
            long dayOfPeriod = ChronoUnit.DAYS.between(firstDay, day) + 1;
            if (dayOfPeriod <= values.value("ab.sick.additionLastDay", day).longValueExact()) {
                additionDays++;
                percent = values.value("ab.sick.additionPercent", day);
                additionBase = additionBase.add(dayPay.multiply(percent));
            }
            else
                laterDays++;
        }
        BigDecimal deduction = dayPay.multiply(BigDecimal.valueOf(additionDays + laterDays)).setScale(2, RoundingMode.UNNECESSARY);
        // Rounded once for the range, half up to the öre — our choice, AB states no rounding
        BigDecimal addition = additionBase.movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        Optional<Notice> notice = !day15.isBefore(from) && !day15.isAfter(to)
                ? Optional.of(Notice.sickDay15(firstDay, null))
                : Optional.empty();
        return new Result(additionDays, laterDays, dayPay, deduction, addition, notice);
    }
}

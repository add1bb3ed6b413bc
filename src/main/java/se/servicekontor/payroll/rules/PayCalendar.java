package se.servicekontor.payroll.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

import se.servicekontor.shared.SwedishCalendar;

/**
 * The pay calendar: payday (lönedag) the 25th or the bank day before, and the payment month of
 * variable pay and absence (eftersläp: earned in one month, paid the next). Holidays and bank days
 * come from the one Swedish calendar in {@code shared}.
 */
public final class PayCalendar {

    static final int PAYDAY_OF_MONTH = 25;

    private final SwedishCalendar calendar = SwedishCalendar.instance();
    private final Map<YearMonth, LocalDate> paydays;

    /** Paydays by the rule alone. */
    public PayCalendar() {
        this(Map.of());
    }

    /** Paydays by the rule, except the months an administrator set by hand (the pay calendar in Referensdata). */
    public PayCalendar(Map<YearMonth, LocalDate> paydays) {
        this.paydays = Map.copyOf(paydays);
    }

    /** Payday of a month: as set for the month, else the 25th, or the nearest bank day before it. */
    public LocalDate payday(YearMonth month) {
        LocalDate set = paydays.get(month);
        return set != null ? set : ruledPayday(month);
    }

    /** Payday of a month by the rule: the 25th, or the nearest bank day before it. */
    // Municipal payroll practice (DOMAIN.md §3 Pay calendar)
    public LocalDate ruledPayday(YearMonth month) {
        return calendar.bankDayOnOrBefore(month.atDay(PAYDAY_OF_MONTH));
    }

    /** A weekday that is neither a public holiday nor midsummer eve, Christmas Eve or New Year's Eve. */
    public boolean isBankDay(LocalDate day) {
        return calendar.isBankDay(day);
    }

    /**
     * The month in which pay earned on a day is paid when it is variable pay or absence (overtime,
     * OB, sick leave, leave deductions): the following month, because time reports are approved
     * after month end. Fixed monthly salary is paid in its own month instead.
     */
    // Municipal payroll practice (DOMAIN.md §3, eftersläp)
    public YearMonth paymentMonthFor(LocalDate earnedOn) {
        return YearMonth.from(earnedOn).plusMonths(1);
    }

    /** Payday for variable pay or absence earned on a day: the payday of {@link #paymentMonthFor}. */
    public LocalDate paydayFor(LocalDate earnedOn) {
        return payday(paymentMonthFor(earnedOn));
    }

    /** A public holiday (allmän helgdag) under lag (1989:253), Sundays aside. */
    boolean isPublicHoliday(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return calendar.isPublicHoliday(day);
    }

    static LocalDate easterSunday(int year) {
        return SwedishCalendar.easterSunday(year);
    }
}

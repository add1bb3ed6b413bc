package se.servicekontor.payroll.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pay calendar: payday (lönedag) the 25th or the bank day before, Swedish bank days, and the
 * payment month of variable pay and absence (eftersläp: earned in one month, paid the next).
 */
// Lag (1989:253) om allmänna helgdagar; banks also close on midsommarafton, julafton and nyårsafton
public final class PayCalendar {

    static final int PAYDAY_OF_MONTH = 25;

    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1),   // nyårsdagen
            MonthDay.of(1, 6),   // trettondedag jul
            MonthDay.of(5, 1),   // första maj
            MonthDay.of(6, 6),   // Sveriges nationaldag
            MonthDay.of(12, 25), // juldagen
            MonthDay.of(12, 26)); // annandag jul

    // Not public holidays by law, but Swedish banks do not settle payments on them (bank practice)
    private static final Set<MonthDay> FIXED_BANK_HOLIDAY_EVES = Set.of(
            MonthDay.of(12, 24), // julafton
            MonthDay.of(12, 31)); // nyårsafton

    /** The weekdays of a year on which banks are closed, worked out once per year (a pay run asks for every employee). */
    private final Map<Integer, Set<LocalDate>> closedWeekdays = new ConcurrentHashMap<>();

    /** Payday of a month: the 25th, or the nearest bank day before it. */
    public LocalDate payday(YearMonth month) {
        LocalDate day = month.atDay(PAYDAY_OF_MONTH);
        while (!isBankDay(day))
            day = day.minusDays(1);
        return day;
    }

    /** A weekday that is neither a public holiday nor midsummer eve, Christmas Eve or New Year's Eve. */
    public boolean isBankDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
                && !closedWeekdays.computeIfAbsent(day.getYear(), PayCalendar::closedWeekdays).contains(day);
    }

    private static Set<LocalDate> closedWeekdays(int year) {
        Set<LocalDate> closed = new HashSet<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1))
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && (isHoliday(day)
                    || FIXED_BANK_HOLIDAY_EVES.contains(MonthDay.from(day)) || day.equals(midsummerEve(year))))
                closed.add(day);
        return Set.copyOf(closed);
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
        return isHoliday(day);
    }

    private static boolean isHoliday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day)))
            return true;
        int year = day.getYear();
        LocalDate easter = easterSunday(year);
        return day.equals(easter.minusDays(2))   // långfredagen
                || day.equals(easter)            // påskdagen
                || day.equals(easter.plusDays(1))  // annandag påsk
                || day.equals(easter.plusDays(39)) // Kristi himmelsfärdsdag
                || day.equals(easter.plusDays(49)) // pingstdagen
                || day.equals(midsummerEve(year).plusDays(1)) // midsommardagen: Saturday 20–26 June
                || day.equals(allSaintsDay(year));
    }

    /** Midsommarafton: the Friday between 19 and 25 June. */
    static LocalDate midsummerEve(int year) {
        return LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** Alla helgons dag: the Saturday between 31 October and 6 November. */
    static LocalDate allSaintsDay(int year) {
        return LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

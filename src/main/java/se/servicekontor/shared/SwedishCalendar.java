package se.servicekontor.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Swedish calendar that payroll (work days, paydays) and supplier payments (bank days) share:
 * public holidays, the three eves banks keep closed, and bank days. Plain Java; thread-safe; each
 * year is worked out once.
 */
// Lag (1989:253) om allmänna helgdagar; banks also close on Saturdays, midsommarafton, julafton and
// nyårsafton (Sveriges riksbank, "Bank Holidays"; see ../shared/data/calendar/SWEDISH-BANK-DAYS.md)
public final class SwedishCalendar {

    private static final SwedishCalendar INSTANCE = new SwedishCalendar();

    /** Every holiday and bank-closed eve of a year, by date, with its Swedish name. */
    private final Map<Integer, Map<LocalDate, Day>> years = new ConcurrentHashMap<>();

    /** The calendar; it holds no state that differs between callers. */
    public static SwedishCalendar instance() {
        return INSTANCE;
    }

    /** A day that is not an ordinary day: a public holiday (allmän helgdag) or an eve banks keep closed. */
    private record Day(String name, boolean publicHoliday) {
    }

    /** A Monday–Friday that is neither a public holiday nor midsommarafton, julafton or nyårsafton. */
    public boolean isBankDay(LocalDate day) {
        return !isWeekend(day) && !special(day.getYear()).containsKey(day);
    }

    /**
     * A work day on the standard Monday–Friday schedule: the same days as bank days (public holidays
     * and midsommarafton, julafton and nyårsafton are free under the municipal agreement's standard schedule).
     */
    public boolean isStandardWorkDay(LocalDate day) {
        return isBankDay(day);
    }

    /** An allmän helgdag under lag (1989:253), Sundays as such aside (a Sunday is also a helgdag). */
    public boolean isPublicHoliday(LocalDate day) {
        Day special = special(day.getYear()).get(Objects.requireNonNull(day, "day"));
        return special != null && special.publicHoliday();
    }

    /** The Swedish name of a public holiday or bank-closed eve ("Långfredagen", "Julafton"), empty otherwise. */
    public Optional<String> holidayName(LocalDate day) {
        return Optional.ofNullable(special(day.getYear()).get(day)).map(Day::name);
    }

    /** The day itself if it is a bank day, otherwise the nearest bank day before it. */
    public LocalDate bankDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isBankDay(d))
            d = d.minusDays(1);
        return d;
    }

    /** The day itself if it is a bank day, otherwise the nearest bank day after it. */
    public LocalDate bankDayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isBankDay(d))
            d = d.plusDays(1);
        return d;
    }

    /**
     * The bank day {@code count} bank days after {@code day} (before it when negative); with 0, the
     * day itself if it is a bank day, else the next one.
     */
    public LocalDate addBankDays(LocalDate day, int count) {
        if (count == 0)
            return bankDayOnOrAfter(day);
        int step = count > 0 ? 1 : -1;
        LocalDate d = day;
        for (int left = Math.abs(count); left > 0; ) {
            d = d.plusDays(step);
            if (isBankDay(d))
                left--;
        }
        return d;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, Day> special(int year) {
        return years.computeIfAbsent(year, SwedishCalendar::specialDays);
    }

    private static Map<LocalDate, Day> specialDays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerEve = midsummerEve(year);
        Map<LocalDate, Day> days = new TreeMap<>();
        holiday(days, LocalDate.of(year, 1, 1), "Nyårsdagen");
        holiday(days, LocalDate.of(year, 1, 6), "Trettondedag jul");
        holiday(days, easter.minusDays(2), "Långfredagen");
        holiday(days, easter, "Påskdagen");
        holiday(days, easter.plusDays(1), "Annandag påsk");
        holiday(days, LocalDate.of(year, 5, 1), "Första maj");
        holiday(days, easter.plusDays(39), "Kristi himmelsfärdsdag");
        holiday(days, easter.plusDays(49), "Pingstdagen");
        holiday(days, LocalDate.of(year, 6, 6), "Sveriges nationaldag");
        holiday(days, midsummerEve.plusDays(1), "Midsommardagen");
        holiday(days, allSaintsDay(year), "Alla helgons dag");
        holiday(days, LocalDate.of(year, 12, 25), "Juldagen");
        holiday(days, LocalDate.of(year, 12, 26), "Annandag jul");
        // Not public holidays by law, but banks are closed and the standard schedule is free
        days.put(midsummerEve, new Day("Midsommarafton", false));
        days.put(LocalDate.of(year, 12, 24), new Day("Julafton", false));
        days.put(LocalDate.of(year, 12, 31), new Day("Nyårsafton", false));
        return Map.copyOf(days);
    }

    private static void holiday(Map<LocalDate, Day> days, LocalDate day, String name) {
        days.put(day, new Day(name, true));
    }

    /** Midsommarafton: the Friday between 19 and 25 June. */
    public static LocalDate midsummerEve(int year) {
        return LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** Alla helgons dag: the Saturday between 31 October and 6 November. */
    public static LocalDate allSaintsDay(int year) {
        return LocalDate.of(year, 10, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
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

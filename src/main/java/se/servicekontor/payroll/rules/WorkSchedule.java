package se.servicekontor.payroll.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.servicekontor.shared.SwedishCalendar;

/**
 * An employment's work schedule (arbetstidsschema) as a week: the weekdays worked, from Monday on (five days a week =
 * Monday–Friday, the standard). A day is a work day when its weekday is in the schedule and it is neither a public holiday
 * nor midsommarafton, julafton or nyårsafton. Sick days, vacation days and absence deductions count these days; the
 * absence factor (tjänstledighetsfaktor) is the schedule period's calendar days over its work days, 7/5 = 1.4 on a five-day
 * week.
 */
// AB § 28 / DOMAIN.md §3: work days come from the schedule; lag (1989:253) om allmänna helgdagar plus the three eves the
// standard schedule has free. A rota (a schedule period longer than a week) is not modelled: UNCONFIRMED how a rota's
// holidays count, so holidays are free on every weekly schedule here.
public record WorkSchedule(Set<DayOfWeek> days) {

    /** One schedule per number of days a week, made once (a pay run asks for every employment). */
    private static final WorkSchedule[] BY_DAYS_PER_WEEK = new WorkSchedule[8];

    static {
        for (int count = 1; count <= 7; count++) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (int i = 1; i <= count; i++)
                days.add(DayOfWeek.of(i));
            BY_DAYS_PER_WEEK[count] = new WorkSchedule(days);
        }
    }

    /** Monday–Friday. */
    public static final WorkSchedule STANDARD = daysPerWeek(5);

    public WorkSchedule {
        if (days == null || days.isEmpty())
            throw new IllegalArgumentException("A work schedule needs at least one work day a week");
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** The first {@code count} weekdays from Monday: 5 = Monday–Friday, 4 = Monday–Thursday. */
    public static WorkSchedule daysPerWeek(int count) {
        if (count < 1 || count > 7)
            throw new IllegalArgumentException("Work days a week must be 1–7, was " + count);
        return BY_DAYS_PER_WEEK[count];
    }

    /** Work days in the schedule's week (the schedule period's work days). */
    public int daysPerWeek() {
        return days.size();
    }

    /** A scheduled weekday that is not a public holiday, midsommarafton, julafton or nyårsafton. */
    public boolean isWorkDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        if (!days.contains(weekday))
            return false;
        // Monday–Friday: a bank day is exactly a weekday without holiday or eve (and asks no Optional of the calendar)
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? SwedishCalendar.instance().holidayName(day).isEmpty()
                : SwedishCalendar.instance().isBankDay(day);
    }

    /** The work days in [from, to], in date order. */
    public List<LocalDate> workDays(LocalDate from, LocalDate to) {
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1))
            if (isWorkDay(d))
                result.add(d);
        return result;
    }

    /** The number of work days in [from, to]. */
    public int countWorkDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1))
            if (isWorkDay(d))
                count++;
        return count;
    }

    /** True when no work day lies strictly between the two days (only weekends, holidays or days off the schedule). */
    public boolean onlyDaysOffBetween(LocalDate end, LocalDate nextStart) {
        for (LocalDate d = end.plusDays(1); d.isBefore(nextStart); d = d.plusDays(1))
            if (isWorkDay(d))
                return false;
        return true;
    }
}

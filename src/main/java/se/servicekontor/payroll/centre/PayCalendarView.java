package se.servicekontor.payroll.centre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.servicekontor.payroll.rules.PayCalendar;

/**
 * The paydays of a year with their deviation cut-off: deviations (absence, overtime, OB) of the month
 * before a payday are paid on it (eftersläp), and must be reported by the cut-off, a number of bank
 * days before payday.
 */
final class PayCalendarView {

    /** One month's payday, its cut-off and the month whose deviations it pays. */
    record Payday(YearMonth month, LocalDate payday, LocalDate cutOff, YearMonth deviationsOf) {

        /** "november 2026" (issue 18 item 12: periods in words). */
        public String monthWords(java.util.Locale locale) {
            return se.servicekontor.payroll.employment.MonthWords.monthYear(month, locale);
        }

        public String deviationsOfWords(java.util.Locale locale) {
            return se.servicekontor.payroll.employment.MonthWords.monthYear(deviationsOf, locale);
        }
    }

    private PayCalendarView() {
    }

    static List<Payday> year(PayCalendar calendar, int year, int cutOffBankDays) {
        List<Payday> days = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            LocalDate payday = calendar.payday(month);
            days.add(new Payday(month, payday, cutOff(calendar, payday, cutOffBankDays), month.minusMonths(1)));
        }
        return days;
    }

    /** The bank day {@code bankDays} bank days before payday. */
    static LocalDate cutOff(PayCalendar calendar, LocalDate payday, int bankDays) {
        LocalDate day = payday;
        for (int counted = 0; counted < bankDays; ) {
            day = day.minusDays(1);
            if (calendar.isBankDay(day))
                counted++;
        }
        return day;
    }

    /** The first payday on or after the date. */
    static LocalDate nextPayday(PayCalendar calendar, LocalDate today) {
        LocalDate payday = calendar.payday(YearMonth.from(today));
        return payday.isBefore(today) ? calendar.payday(YearMonth.from(today).plusMonths(1)) : payday;
    }
}

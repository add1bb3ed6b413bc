package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every day of 2026 and 2027 against the lists in ../shared/data/calendar/SWEDISH-BANK-DAYS.md. */
class SwedishCalendarTests {

    static final Path NOTES = Path.of("../shared/data/calendar/SWEDISH-BANK-DAYS.md");
    final SwedishCalendar calendar = SwedishCalendar.instance();

    @ParameterizedTest
    @ValueSource(ints = {2026, 2027})
    void everyDayOfTheYearIsABankDayExactlyWhenTheNotesSaySo(int year) throws IOException {
        Map<LocalDate, String> nonBankWeekdays = nonBankWeekdays(year);
        int bankDays = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expected = !weekend && !nonBankWeekdays.containsKey(day);
            assertThat(calendar.isBankDay(day)).as(day.toString()).isEqualTo(expected);
            if (nonBankWeekdays.containsKey(day))
                assertThat(calendar.holidayName(day)).as(day.toString()).contains(nonBankWeekdays.get(day));
            if (expected)
                bankDays++;
        }
        // The notes' own totals: 261 weekdays − 10 = 251 bank days in 2026, 261 − 8 = 253 in 2027
        assertThat(bankDays).isEqualTo(year == 2026 ? 251 : 253);
    }

    @Test
    void theEvesAreNotPublicHolidaysButCloseTheBanks() {
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2026-06-19"))).isFalse();
        assertThat(calendar.isBankDay(LocalDate.parse("2026-06-19"))).isFalse();
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2026-04-03"))).isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2026-06-06"))).as("national day on a Saturday").isTrue();
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2026-04-02"))).as("Maundy Thursday").isFalse();
    }

    @Test
    void paymentDatesMoveOverTheChristmasAndNewYearRuns() {
        // SWEDISH-BANK-DAYS.md: the last bank day before Christmas 2026 is Wed 2026-12-23, and there is no
        // bank day between Wed 2026-12-30 and Mon 2027-01-04
        assertThat(calendar.bankDayOnOrBefore(LocalDate.parse("2026-12-26"))).isEqualTo("2026-12-23");
        assertThat(calendar.bankDayOnOrAfter(LocalDate.parse("2026-12-31"))).isEqualTo("2027-01-04");
        assertThat(calendar.addBankDays(LocalDate.parse("2026-12-30"), 1)).isEqualTo("2027-01-04");
        assertThat(calendar.addBankDays(LocalDate.parse("2027-01-04"), -1)).isEqualTo("2026-12-30");
        assertThat(calendar.addBankDays(LocalDate.parse("2026-12-21"), 3)).isEqualTo("2026-12-28");
        assertThat(calendar.addBankDays(LocalDate.parse("2026-12-27"), 0)).isEqualTo("2026-12-28");
    }

    @Test
    void aStandardScheduleDoesNotWorkOnHolidays() {
        // Sick 1–7 April 2026 on Monday–Friday: 1, 2 and 7 April are work days; Good Friday (3rd) and
        // Easter Monday (6th) are holidays, the 4th and 5th a weekend
        long workDays = LocalDate.parse("2026-04-01").datesUntil(LocalDate.parse("2026-04-08"))
                .filter(calendar::isStandardWorkDay).count();
        assertThat(workDays).isEqualTo(3);
    }

    /** The "Non-bank weekdays YYYY" table of the notes: date → name. */
    static Map<LocalDate, String> nonBankWeekdays(int year) throws IOException {
        String text = Files.readString(NOTES);
        int start = text.indexOf("### Non-bank weekdays " + year);
        int end = text.indexOf("###", start + 3);
        Matcher row = Pattern.compile("^\\| (\\d{4}-\\d{2}-\\d{2}) \\| \\w+ \\| ([^|]+?) \\|", Pattern.MULTILINE)
                .matcher(text.substring(start, end < 0 ? text.length() : end));
        Map<LocalDate, String> days = new TreeMap<>();
        while (row.find())
            days.put(LocalDate.parse(row.group(1)), row.group(2).strip());
        assertThat(days).as("rows read from the notes for " + year).hasSizeGreaterThanOrEqualTo(8);
        return new LinkedHashMap<>(days);
    }
}

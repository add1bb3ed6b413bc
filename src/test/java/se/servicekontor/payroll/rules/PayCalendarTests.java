package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PayCalendarTests {

    final PayCalendar calendar = new PayCalendar();

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void easterSundayFromTheCalendar() {
        // Church calendar: 2026-04-05, 2027-03-28; 2011-04-24, 2024-03-31, 2025-04-20; extremes 2285-03-22, 2038-04-25
        assertThat(PayCalendar.easterSunday(2026)).isEqualTo(date("2026-04-05"));
        assertThat(PayCalendar.easterSunday(2027)).isEqualTo(date("2027-03-28"));
        assertThat(PayCalendar.easterSunday(2011)).isEqualTo(date("2011-04-24"));
        assertThat(PayCalendar.easterSunday(2024)).isEqualTo(date("2024-03-31"));
        assertThat(PayCalendar.easterSunday(2025)).isEqualTo(date("2025-04-20"));
        assertThat(PayCalendar.easterSunday(2285)).isEqualTo(date("2285-03-22"));
        assertThat(PayCalendar.easterSunday(2038)).isEqualTo(date("2038-04-25"));
    }

    @Test
    void publicHolidaysOf2026() {
        // Easter 5 April → Good Friday 3 April, Easter Monday 6 April, Ascension 14 May (+39), Whit Sunday 24 May (+49);
        // midsummer eve Friday 19 June, midsummer day 20 June; All Saints' Saturday 31 October
        assertThat(calendar.isPublicHoliday(date("2026-04-03"))).isTrue();
        assertThat(calendar.isPublicHoliday(date("2026-04-06"))).isTrue();
        assertThat(calendar.isPublicHoliday(date("2026-05-14"))).isTrue();
        assertThat(calendar.isPublicHoliday(date("2026-05-24"))).isTrue();
        assertThat(calendar.isPublicHoliday(date("2026-06-20"))).isTrue();
        assertThat(calendar.isPublicHoliday(date("2026-10-31"))).isTrue();
        assertThat(calendar.isPublicHoliday(date("2026-01-06"))).isTrue();
        assertThat(calendar.isPublicHoliday(date("2026-06-06"))).isTrue();
        // midsummer eve and Christmas Eve are bank holidays, not public holidays under lag (1989:253)
        assertThat(calendar.isPublicHoliday(date("2026-06-19"))).isFalse();
        assertThat(calendar.isPublicHoliday(date("2026-12-24"))).isFalse();
        assertThat(calendar.isPublicHoliday(date("2026-04-02"))).as("Maundy Thursday").isFalse();
    }

    @Test
    void bankDaysOf2026() {
        assertThat(calendar.isBankDay(date("2026-06-19"))).as("midsummer eve, Friday").isFalse();
        assertThat(calendar.isBankDay(date("2026-12-24"))).as("Christmas Eve, Thursday").isFalse();
        assertThat(calendar.isBankDay(date("2026-12-31"))).as("New Year's Eve, Thursday").isFalse();
        assertThat(calendar.isBankDay(date("2026-04-03"))).as("Good Friday").isFalse();
        assertThat(calendar.isBankDay(date("2026-05-01"))).as("1 May, Friday").isFalse();
        assertThat(calendar.isBankDay(date("2026-04-25"))).as("Saturday").isFalse();
        assertThat(calendar.isBankDay(date("2026-04-02"))).as("Maundy Thursday").isTrue();
        assertThat(calendar.isBankDay(date("2026-12-23"))).as("Wednesday before Christmas").isTrue();
    }

    @Test
    void paydaysOf2026() {
        // 1 January 2026 is a Thursday, so: 25 Jan Sunday → Friday 23; 25 Feb Wednesday; 25 Mar Wednesday;
        // 25 Apr Saturday → Friday 24; 25 May Monday; 25 Jun Thursday (midsummer eve is the 19th);
        // 25 Jul Saturday → Friday 24; 25 Aug Tuesday; 25 Sep Friday; 25 Oct Sunday → Friday 23;
        // 25 Nov Wednesday; 25 Dec Christmas Day (Friday), 24th Christmas Eve → Wednesday 23
        assertThat(calendar.payday(YearMonth.of(2026, 1))).isEqualTo(date("2026-01-23"));
        assertThat(calendar.payday(YearMonth.of(2026, 2))).isEqualTo(date("2026-02-25"));
        assertThat(calendar.payday(YearMonth.of(2026, 3))).isEqualTo(date("2026-03-25"));
        assertThat(calendar.payday(YearMonth.of(2026, 4))).isEqualTo(date("2026-04-24"));
        assertThat(calendar.payday(YearMonth.of(2026, 5))).isEqualTo(date("2026-05-25"));
        assertThat(calendar.payday(YearMonth.of(2026, 6))).isEqualTo(date("2026-06-25"));
        assertThat(calendar.payday(YearMonth.of(2026, 7))).isEqualTo(date("2026-07-24"));
        assertThat(calendar.payday(YearMonth.of(2026, 8))).isEqualTo(date("2026-08-25"));
        assertThat(calendar.payday(YearMonth.of(2026, 9))).isEqualTo(date("2026-09-25"));
        assertThat(calendar.payday(YearMonth.of(2026, 10))).isEqualTo(date("2026-10-23"));
        assertThat(calendar.payday(YearMonth.of(2026, 11))).isEqualTo(date("2026-11-25"));
        assertThat(calendar.payday(YearMonth.of(2026, 12))).isEqualTo(date("2026-12-23"));
    }

    @Test
    void paydaysOf2027() {
        // 1 January 2027 is a Friday: 25 Jan Monday; 25 Mar Maundy Thursday (Easter 28 March) is a bank day;
        // 25 Apr Sunday → Friday 23; 25 Jun is midsummer eve (the Friday in 19–25 June) → Thursday 24;
        // 25 Dec Saturday, 24th Christmas Eve (Friday) → Thursday 23
        assertThat(calendar.payday(YearMonth.of(2027, 1))).isEqualTo(date("2027-01-25"));
        assertThat(calendar.payday(YearMonth.of(2027, 3))).isEqualTo(date("2027-03-25"));
        assertThat(calendar.payday(YearMonth.of(2027, 4))).isEqualTo(date("2027-04-23"));
        assertThat(calendar.payday(YearMonth.of(2027, 6))).isEqualTo(date("2027-06-24"));
        assertThat(calendar.payday(YearMonth.of(2027, 12))).isEqualTo(date("2027-12-23"));
    }

    @Test
    void paydaysStepBackOverEasterAndAscension() {
        // 2011: 25 April Easter Monday, 24 Easter Sunday, 23 Saturday, 22 Good Friday → Thursday 21 April
        assertThat(calendar.payday(YearMonth.of(2011, 4))).isEqualTo(date("2011-04-21"));
        // 2016: 25 March Good Friday (Easter 27 March) → Thursday 24 March
        assertThat(calendar.payday(YearMonth.of(2016, 3))).isEqualTo(date("2016-03-24"));
        // 2017: Easter 16 April + 39 = Ascension Thursday 25 May → Wednesday 24 May
        assertThat(calendar.payday(YearMonth.of(2017, 5))).isEqualTo(date("2017-05-24"));
    }

    @Test
    void variablePayIsPaidTheMonthAfterItIsEarned() {
        assertThat(calendar.paymentMonthFor(date("2026-03-31"))).isEqualTo(YearMonth.of(2026, 4));
        assertThat(calendar.paymentMonthFor(date("2026-12-15"))).isEqualTo(YearMonth.of(2027, 1));
        // overtime on 20 March 2026 is paid on the April payday, Friday 24 April
        assertThat(calendar.paydayFor(date("2026-03-20"))).isEqualTo(date("2026-04-24"));
    }
}

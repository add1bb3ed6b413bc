package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.rules.SickPayQualification.Employment;

/** Sjuklönelagen (1991:1047) 3 §: when the right to sick pay begins. Dates counted by hand. */
class SickPayQualificationTests {

    static final LocalDate START = LocalDate.of(2026, 10, 1);

    @Test
    void anEmploymentUntilFurtherNoticeOrOfAMonthQualifiesFromItsFirstDay() {
        assertThat(SickPayQualification.qualifiedFrom(new Employment(START, null), List.of())).isEqualTo(START);
        // 1–31 October is one month, not shorter
        assertThat(SickPayQualification.qualifiedFrom(new Employment(START, LocalDate.of(2026, 10, 31)), List.of())).isEqualTo(START);
    }

    @Test
    void anEmploymentShorterThanAMonthQualifiesAfter14CalendarDays() {
        // 1–30 October is shorter than a month; employed 1–14 October = 14 calendar days in a row → sick pay from 15 October
        assertThat(SickPayQualification.qualifiedFrom(new Employment(START, LocalDate.of(2026, 10, 30)), List.of()))
                .isEqualTo(LocalDate.of(2026, 10, 15));
        // 1–10 October never reaches 14 days: no sick pay in it
        assertThat(SickPayQualification.qualifiedFrom(new Employment(START, LocalDate.of(2026, 10, 10)), List.of()))
                .isAfter(LocalDate.of(2026, 10, 10));
    }

    @Test
    void anEarlierEmploymentAtMost14DaysBeforeCountsIn() {
        // Earlier 10–19 September (10 days), a gap of 20–30 September (11 days ≤ 14), then 1–20 October:
        // 10 + 4 days (1–4 October) = 14 → sick pay from 5 October
        Employment october = new Employment(START, LocalDate.of(2026, 10, 20));
        Employment september = new Employment(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 19));
        assertThat(SickPayQualification.qualifiedFrom(october, List.of(september))).isEqualTo(LocalDate.of(2026, 10, 5));
        // ended 1–10 September: a gap of 11–30 September (20 days) is too long → 15 October as without it
        Employment early = new Employment(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10));
        assertThat(SickPayQualification.qualifiedFrom(october, List.of(early))).isEqualTo(LocalDate.of(2026, 10, 15));
    }
}

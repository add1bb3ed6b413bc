package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sjuklönelagen 6 § (allmänt högriskskydd): no karensavdrag in a new sick period when the employee has had ten karensavdrag in
 * the twelve months before its day 1. The dates are written out by hand; the new period begins Monday 15 March 2027, so the
 * twelve months before it run from 15 March 2026 to 14 March 2027.
 */
class KarensHistoryTests {

    static final LocalDate DAY_1 = LocalDate.of(2027, 3, 15);

    /** Ten periods, the 1st of each month April 2026 – January 2027. */
    static final List<LocalDate> TEN = List.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));

    @Test
    void tenKarensavdragInTheTwelveMonthsBeforeMeanNoneInTheNewPeriod() {
        KarensHistory history = KarensHistory.of(TEN);
        assertThat(history.countBefore(DAY_1)).isEqualTo(10);
        assertThat(history.karensApplies(DAY_1)).isFalse();
    }

    @Test
    void nineMeanTheNewPeriodMakesItsKarensavdrag() {
        KarensHistory history = KarensHistory.of(TEN.subList(1, 10));
        assertThat(history.countBefore(DAY_1)).isEqualTo(9);
        assertThat(history.karensApplies(DAY_1)).isTrue();
        // ... and that one is the tenth: the period after it makes none
        assertThat(history.plus(DAY_1).karensApplies(LocalDate.of(2027, 4, 12))).isFalse();
    }

    @Test
    void aKarensavdragWhosePeriodBeganExactlyTwelveMonthsBeforeStillCounts() {
        // 15 March 2026 is the first day of "the twelve months before" 15 March 2027; 14 March 2026 is outside
        List<LocalDate> onTheBoundary = new ArrayList<>(TEN.subList(1, 10));
        onTheBoundary.add(LocalDate.of(2026, 3, 15));
        assertThat(KarensHistory.of(onTheBoundary).countBefore(DAY_1)).isEqualTo(10);
        assertThat(KarensHistory.of(onTheBoundary).karensApplies(DAY_1)).isFalse();

        List<LocalDate> aDayEarlier = new ArrayList<>(TEN.subList(1, 10));
        aDayEarlier.add(LocalDate.of(2026, 3, 14));
        assertThat(KarensHistory.of(aDayEarlier).countBefore(DAY_1)).isEqualTo(9);
        assertThat(KarensHistory.of(aDayEarlier).karensApplies(DAY_1)).isTrue();
    }

    @Test
    void periodsFromDay1OnAreNotBeforeIt() {
        // a period of another employment that begins the same day, or later, is not among "the twelve months before"
        List<LocalDate> dates = new ArrayList<>(TEN.subList(1, 10));
        dates.add(DAY_1);
        dates.add(DAY_1.plusDays(3));
        assertThat(KarensHistory.of(dates).countBefore(DAY_1)).isEqualTo(9);
    }

    @Test
    void twoEmploymentsSickFromTheSameDayAreOneSickPeriod() {
        List<LocalDate> dates = new ArrayList<>(TEN.subList(1, 10));
        dates.add(LocalDate.of(2026, 5, 1)); // the May period again, from a second employment
        assertThat(KarensHistory.of(dates).countBefore(DAY_1)).isEqualTo(9);
    }

    @Test
    void theWindowMovesOnSoProtectionIsNotForGood() {
        // From 15 March 2027 none (ten since 15 March 2026). A period from Thursday 15 April 2027: the twelve months before
        // run from 15 April 2026, so 1 April 2026 has dropped out (and 15 March 2027 made none, so it does not count) → 9
        KarensHistory history = KarensHistory.of(TEN);
        assertThat(history.karensApplies(DAY_1)).isFalse();
        assertThat(history.countBefore(LocalDate.of(2027, 4, 15))).isEqualTo(9);
        assertThat(history.karensApplies(LocalDate.of(2027, 4, 15))).isTrue();
    }

    @Test
    void theTwentyNinthOfFebruaryLooksBackToTheTwentyEighth() {
        // Twelve months before Tuesday 29 February 2028 begin 28 February 2027 (there is no 29 February 2027)
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 9; i++)
            dates.add(LocalDate.of(2027, 4 + i, 1));
        dates.add(LocalDate.of(2027, 2, 28));
        assertThat(KarensHistory.of(dates).countBefore(LocalDate.of(2028, 2, 29))).isEqualTo(10);
        dates.set(9, LocalDate.of(2027, 2, 27));
        assertThat(KarensHistory.of(dates).countBefore(LocalDate.of(2028, 2, 29))).isEqualTo(9);
    }
}

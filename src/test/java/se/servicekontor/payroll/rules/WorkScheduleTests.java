package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, part 2 item 1: work days come from the schedule; public holidays (lag 1989:253) and midsommarafton, julafton and
 * nyårsafton are not work days.
 */
class WorkScheduleTests {

    @Test
    void sickFirstToSeventhApril2026IsThreeWorkDaysOnMondayToFriday() {
        // Wed 1, Thu 2 (skärtorsdag, a work day), Fri 3 långfredagen (holiday), Sat 4, Sun 5 påskdagen, Mon 6 annandag påsk
        // (holiday), Tue 7 → 1, 2 and 7 April = 3 work days, not the 5 weekdays
        assertThat(WorkSchedule.STANDARD.workDays(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 7)))
                .containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7));
    }

    @Test
    void theThreeEvesAreFreeOnTheStandardSchedule() {
        // midsommarafton Fri 19 June 2026: Mon 15 – Fri 19 June = 4 work days
        assertThat(WorkSchedule.STANDARD.countWorkDays(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 19))).isEqualTo(4);
        // julafton Thu 24, juldagen Fri 25 Dec 2026: Mon 21 – Fri 25 Dec = 3 work days
        assertThat(WorkSchedule.STANDARD.countWorkDays(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 25))).isEqualTo(3);
        // nyårsafton Thu 31 Dec 2026: Mon 28 – Thu 31 Dec = 3 work days
        assertThat(WorkSchedule.STANDARD.countWorkDays(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31))).isEqualTo(3);
    }

    @Test
    void aFourDayScheduleWorksMondayToThursday() {
        // Mon 4 – Sun 10 May 2026 on four days a week: Mon–Thu = 4 work days; the absence factor is 7/4
        var fourDays = WorkSchedule.daysPerWeek(4);
        assertThat(fourDays.countWorkDays(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 10))).isEqualTo(4);
        assertThat(fourDays.isWorkDay(LocalDate.of(2026, 5, 8))).isFalse();
        // Kristi himmelsfärdsdag Thu 14 May 2026 is free: Mon 11 – Sun 17 May = 3 work days
        assertThat(fourDays.countWorkDays(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17))).isEqualTo(3);
    }

    @Test
    void onlyDaysOffBetweenTwoRowsJoinThem() {
        // Fri 2 Oct and Mon 5 Oct 2026: only a weekend between
        assertThat(WorkSchedule.STANDARD.onlyDaysOffBetween(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5))).isTrue();
        // Thu 2 Apr and Tue 7 Apr 2026: långfredagen, the weekend and annandag påsk between
        assertThat(WorkSchedule.STANDARD.onlyDaysOffBetween(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7))).isTrue();
        // Fri 2 Oct and Tue 6 Oct: Monday 5 Oct is a work day
        assertThat(WorkSchedule.STANDARD.onlyDaysOffBetween(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 6))).isFalse();
    }

    @Test
    void aScheduleNeedsOneToSevenDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkSchedule.daysPerWeek(0));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkSchedule.daysPerWeek(8));
    }
}

package se.servicekontor.payroll.timereport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, part 2 item 9 (DOMAIN.md decisions 2026-12-08): a deviation spanning months is paid month by month — stored as one
 * row per calendar month — and an ongoing absence (no end date) has its elapsed months closed as rows of their own.
 */
class DeviationMonthByMonthTests {

    @Test
    void sickLeaveFirstOctoberToThirtyFirstDecemberIsThreeRowsOnePerMonth() {
        // the example: one row 1 October – 31 December → paid in the November, December and January runs
        var sick = new Deviation(1, DeviationCode.SICK_LEAVE, day("2026-10-01"), day("2026-12-31"), null, null, null);
        assertThat(sick.byMonth()).extracting(Deviation::from, Deviation::to).containsExactly(
                tuple(day("2026-10-01"), day("2026-10-31")),
                tuple(day("2026-11-01"), day("2026-11-30")),
                tuple(day("2026-12-01"), day("2026-12-31")));
    }

    @Test
    void anAbsenceWithinAMonthAndOtherCodesStayOneRow() {
        var leave = new Deviation(1, DeviationCode.LEAVE_OF_ABSENCE, day("2026-10-05"), day("2026-10-16"), new BigDecimal("50"), null, null);
        assertThat(leave.byMonth()).containsExactly(leave);
        var overtime = new Deviation(1, DeviationCode.OVERTIME_SIMPLE, day("2026-10-31"), day("2026-11-01"), new BigDecimal("3"), null, null);
        assertThat(overtime.byMonth()).containsExactly(overtime);
    }

    @Test
    void anOngoingAbsenceHasItsElapsedMonthsClosedAndGoesOn() {
        // TJL from Mon 7 September, no end; the November run closes through 31 October: 7–30 Sept, 1–31 Oct, from 1 Nov ongoing
        var ongoing = new Deviation(1, DeviationCode.LEAVE_OF_ABSENCE, day("2026-09-07"), null, null, null, null);
        assertThat(ongoing.closedThrough(day("2026-10-31"))).extracting(Deviation::from, Deviation::to).containsExactly(
                tuple(day("2026-09-07"), day("2026-09-30")),
                tuple(day("2026-10-01"), day("2026-10-31")),
                tuple(day("2026-11-01"), null));
        // beginning after the earning month: nothing to close yet
        assertThat(ongoing.closedThrough(day("2026-08-31"))).containsExactly(ongoing);
    }

    @Test
    void onlyAnAbsenceCanBeOngoing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Deviation(1, DeviationCode.OVERTIME_SIMPLE, day("2026-10-01"), null,
                new BigDecimal("2"), null, null));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}

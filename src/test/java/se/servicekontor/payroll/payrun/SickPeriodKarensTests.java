package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static se.servicekontor.payroll.payrun.DeviationVariablesTests.absence;
import static se.servicekontor.payroll.payrun.DeviationVariablesTests.employment;
import static se.servicekontor.payroll.payrun.DeviationVariablesTests.sickHours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.payroll.payrun.DeviationVariables.Karens;
import se.servicekontor.payroll.rules.KarensHistory;
import se.servicekontor.payroll.rules.PayCalculator.Variable;
import se.servicekontor.payroll.timereport.DeviationCode;

/**
 * Which sick rows begin a karensavdrag: a new period does, unless ten were had in the twelve months before its day 1
 * (Sjuklönelagen 6 §); a relapse within five days does not and is not counted (7 §); a period begun before a short employment
 * qualified for sick pay (3 §) makes it on its first paid shift, its days still counted from its first sick day.
 */
class SickPeriodKarensTests {

    /** Eight karensavdrag in periods that began on the 1st of each month, November 2025 – June 2026. */
    static final List<LocalDate> EIGHT = List.of(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 6, 1));

    @Test
    void aRelapseIsNotCountedSoTheTenthIsMadeAndTheEleventhIsWaived() {
        // 8 before October 2026. Mon 5 – Tue 6 Oct: new period, the 9th. Fri 9 Oct: 3 days after 6 Oct, a relapse — no
        // karensavdrag, not counted. Mon 19 Oct: new period, 9 before it → made, the 10th. Mon 26 Oct: 7 days after 19 Oct, a
        // new period with 10 in the twelve months before (26 Oct 2025 – 25 Oct 2026) → none, and a warning.
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "31200"), List.of(
                absence(1, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), null),
                absence(2, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 9), null),
                absence(3, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 19), null),
                absence(4, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 26), null)),
                List.of(), Optional.empty(), null, KarensHistory.of(EIGHT));

        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).extracting(v -> (Variable.Sickness) v)
                .extracting(Variable.Sickness::firstDay, Variable.Sickness::karensApplies).containsExactly(
                        tuple(LocalDate.of(2026, 10, 5), true), tuple(LocalDate.of(2026, 10, 5), false),
                        tuple(LocalDate.of(2026, 10, 19), true), tuple(LocalDate.of(2026, 10, 26), false));
        assertThat(result.karens()).containsOnly(Map.entry(1L, Karens.MADE), Map.entry(3L, Karens.MADE), Map.entry(4L, Karens.WAIVED));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("NO_KARENS_HIGH_RISK");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("Inget karensavdrag", "2026-10-26", "tio karensavdrag de senaste tolv månaderna",
                    "sjuklönelagen 6 §");
        });
        // the history the next employment of the same employee is mapped with: 8 + 5 Oct + 19 Oct; not the waived 26 Oct
        assertThat(result.karensHistory().firstDays()).hasSize(10).contains(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19))
                .doesNotContain(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 26));
    }

    @Test
    void withoutAHistoryEveryNewPeriodMakesItsKarensavdrag() {
        var result = DeviationVariables.map(employment(EmploymentForm.PERMANENT, "31200"), List.of(
                absence(1, DeviationCode.SICK_LEAVE, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5), null)));
        assertThat(result.karens()).containsOnly(Map.entry(1L, Karens.MADE));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theFirstPaidShiftOfAPeriodBegunBeforeQualifyingMakesTheKarensavdrag() {
        // Hourly, employed 1–20 October 2026 (less than a month): sick pay from 15 October (3 §). Sick on Mon 12 and Wed 14
        // (no sick pay) and Fri 16 October, 2 days after 14 Oct: one period from 12 October. Friday is day 5 of it and its
        // first paid shift: it makes the karensavdrag (nothing was paid before, so none was made).
        var result = DeviationVariables.map(shortEmployment(), List.of(sickHours(1, LocalDate.of(2026, 10, 12), "8"),
                sickHours(2, LocalDate.of(2026, 10, 14), "8"), sickHours(3, LocalDate.of(2026, 10, 16), "6")));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(new Variable.HourlySickPay(
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16), new BigDecimal("6"), new BigDecimal("182.50"),
                new BigDecimal("20"), true));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("SICK_PAY_NOT_QUALIFIED", "SICK_PAY_NOT_QUALIFIED");
        assertThat(result.paidDeviations()).containsExactly(1L, 2L, 3L);
        assertThat(result.sickFirstDays()).containsOnly(Map.entry(1L, LocalDate.of(2026, 10, 12)),
                Map.entry(2L, LocalDate.of(2026, 10, 12)), Map.entry(3L, LocalDate.of(2026, 10, 12)));
        assertThat(result.karens()).containsOnly(Map.entry(1L, Karens.PENDING), Map.entry(2L, Karens.PENDING), Map.entry(3L, Karens.MADE));
        assertThat(result.karensHistory().firstDays()).containsExactly(LocalDate.of(2026, 10, 12));
    }

    @Test
    void aPeriodWithoutSickPayUntilPastDay14MakesNoKarensavdragAndCountsForNone() {
        // Employed 1–27 October 2026: sick pay from 15 October. Sick Mon 5, Fri 9, Wed 14 October (no sick pay) and Mon 19
        // October, 5 days after 14 Oct: day 15 of the period from 5 October — Försäkringskassan's; no karensavdrag is made
        var employment = new EmployeeInput.Employment(1, "4110", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 27),
                EmploymentForm.HOURLY, new BigDecimal("100"), TaxKind.TABLE, 33, 1, null, null, "5000", "1234567",
                List.of(new EmployeeInput.Salary(LocalDate.of(2026, 10, 1), new BigDecimal("182.50"))), new BigDecimal("20"));
        var result = DeviationVariables.map(employment, List.of(sickHours(1, LocalDate.of(2026, 10, 5), "8"),
                sickHours(2, LocalDate.of(2026, 10, 9), "8"), sickHours(3, LocalDate.of(2026, 10, 14), "8"),
                sickHours(4, LocalDate.of(2026, 10, 19), "6")));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(new Variable.HourlySickPay(
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19), new BigDecimal("6"), new BigDecimal("182.50"),
                new BigDecimal("20"), false));
        assertThat(result.karens()).containsOnly(Map.entry(1L, Karens.PENDING), Map.entry(2L, Karens.PENDING), Map.entry(3L, Karens.PENDING));
        assertThat(result.karensHistory().firstDays()).isEmpty();
    }

    @Test
    void aPeriodBegunWithoutSickPayInTheMonthBeforeMakesItsKarensavdragOnItsFirstPaidShift() {
        // The latest settled row: an unpaid shift on Fri 30 October (PENDING). Mon 2 November, 3 days later, continues the
        // period (day 1 stays 30 October) and makes the karensavdrag — before, the run took none (nothing had been paid)
        var earlier = Optional.of(new DeviationVariables.EarlierSickPeriod(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 30), null, true));
        var result = DeviationVariables.map(DeviationVariablesTests.hourly("182.50", "20"),
                List.of(sickHours(1, LocalDate.of(2026, 11, 2), "6"), sickHours(2, LocalDate.of(2026, 11, 4), "6")), List.of(), earlier);
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(
                new Variable.HourlySickPay(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2), new BigDecimal("6"),
                        new BigDecimal("182.50"), new BigDecimal("20"), true),
                new Variable.HourlySickPay(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 4), new BigDecimal("6"),
                        new BigDecimal("182.50"), new BigDecimal("20"), false));
        assertThat(result.karens()).containsOnly(Map.entry(1L, Karens.MADE));
    }

    @Test
    void theFirstPaidShiftOfAPeriodBegunBeforeQualifyingIsAlsoProtected() {
        // As above with ten karensavdrag in the twelve months before day 1 (30 October 2026): the first paid shift makes none
        List<LocalDate> ten = new java.util.ArrayList<>(EIGHT);
        ten.add(LocalDate.of(2026, 7, 1));
        ten.add(LocalDate.of(2026, 8, 1));
        var earlier = Optional.of(new DeviationVariables.EarlierSickPeriod(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 30), null, true));
        var result = DeviationVariables.map(DeviationVariablesTests.hourly("182.50", "20"), List.of(sickHours(1, LocalDate.of(2026, 11, 2), "6")),
                List.of(), earlier, null, KarensHistory.of(ten));
        assertThat(result.variables()).extracting(DeviationVariables.Mapped::variable).containsExactly(
                new Variable.HourlySickPay(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2), new BigDecimal("6"),
                        new BigDecimal("182.50"), new BigDecimal("20"), false));
        assertThat(result.karens()).containsOnly(Map.entry(1L, Karens.WAIVED));
        assertThat(result.problems()).extracting(Problem::code).containsExactly("NO_KARENS_HIGH_RISK");
    }

    static EmployeeInput.Employment shortEmployment() {
        return new EmployeeInput.Employment(1, "4110", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20), EmploymentForm.HOURLY,
                new BigDecimal("100"), TaxKind.TABLE, 33, 1, null, null, "5000", "1234567",
                List.of(new EmployeeInput.Salary(LocalDate.of(2026, 10, 1), new BigDecimal("182.50"))), new BigDecimal("20"));
    }
}

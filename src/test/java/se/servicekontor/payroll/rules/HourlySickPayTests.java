package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.rules.PayCalculator.PayLine;
import se.servicekontor.payroll.rules.PayCalculator.Variable;

/**
 * Sick pay of hourly-paid staff (timavlönade, code SJT): worked by hand from DOMAIN.md §3 and Sjuklönelagen (1991:1047) 6–7 §§ —
 * 80 % of the lost pay (hours × hourly rate) on days 1–14, less a karensavdrag of 20 % of an average week's sick pay
 * (0.2 × 0.8 × hourly rate × weekly hours), taken from the period's sick pay, never below zero, the rest on the next shifts.
 */
class HourlySickPayTests {

    static final LocalDate BORN_1990 = LocalDate.of(1990, 5, 5);
    static final TaxDecision TABLE_33 = new TaxDecision.Table(33, 1);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11); // October's shifts, paid in November (eftersläp)
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    static final BigDecimal RATE = new BigDecimal("182.50");
    static final BigDecimal WEEKLY_HOURS = new BigDecimal("20");

    final PayCalculator calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
            new PayCalendar(), PayCalculator.AgreementRates.AB_2026);

    static Variable.HourlySickPay shift(LocalDate firstDay, LocalDate day, String hours, boolean karensApplies) {
        return new Variable.HourlySickPay(firstDay, day, new BigDecimal(hours), RATE, WEEKLY_HOURS, karensApplies);
    }

    PayCalculator.Result pay(List<Variable> variables) {
        return calculator.calculate(NOVEMBER, BORN_1990, TABLE_33, List.of(), BigDecimal.ZERO, variables);
    }

    @Test
    void karensIsTakenOnceFromTheFirstShiftOfThePeriod() {
        // Sick 8 h on Monday's shift and 6 h on Tuesday's, one sick period.
        // Average week's sick pay 0.8 × 182.50 × 20 = 2 920.00; karensavdrag 0.2 × 2 920.00 = 584.00.
        // Monday 0.8 × 182.50 × 8 = 1 168.00, less 584.00 = 584.00; Tuesday 0.8 × 182.50 × 6 = 876.00, nothing left to take.
        // Together 0.8 × 182.50 × 14 = 2 044.00 − 584.00 = 1 460.00.
        var result = pay(List.of(shift(MONDAY, MONDAY, "8", true), shift(MONDAY, MONDAY.plusDays(1), "6", false)));

        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount, PayLine::taxable).containsExactly(
                tuple("SJUKLONTIM", new BigDecimal("584.00"), true),
                tuple("SJUKLONTIM", new BigDecimal("876.00"), true));
        assertThat(result.lines().get(0).text()).isEqualTo("Sjuklön timavlönad 2026-10-05, 8 tim à 182.50 kr (80 %, karensavdrag 584.00)");
        assertThat(result.lines().get(1).text()).isEqualTo("Sjuklön timavlönad 2026-10-06, 6 tim à 182.50 kr (80 %, karensavdrag 0.00)");
        assertThat(result.grossTaxable()).isEqualByComparingTo("1460.00");
        // each line is earned on its shift's day
        assertThat(result.lines()).extracting(PayLine::earnedFrom, PayLine::earnedTo).containsExactly(
                tuple(MONDAY, MONDAY), tuple(MONDAY.plusDays(1), MONDAY.plusDays(1)));
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void aShiftTooSmallForTheKarensPassesTheRestToTheNextShift() {
        // Karensavdrag 0.2 × 0.8 × 182.50 × 20 = 584.00. Monday: 3 h → 0.8 × 182.50 × 3 = 438.00, all of it taken (paid 0.00),
        // 584.00 − 438.00 = 146.00 left; Wednesday: 6 h → 0.8 × 182.50 × 6 = 876.00 − 146.00 = 730.00.
        var result = pay(List.of(shift(MONDAY, MONDAY, "3", true), shift(MONDAY, MONDAY.plusDays(2), "6", false)));

        assertThat(result.lines()).extracting(PayLine::amount).containsExactly(new BigDecimal("0.00"), new BigDecimal("730.00"));
        assertThat(result.lines()).extracting(PayLine::text).containsExactly(
                "Sjuklön timavlönad 2026-10-05, 3 tim à 182.50 kr (80 %, karensavdrag 438.00)",
                "Sjuklön timavlönad 2026-10-07, 6 tim à 182.50 kr (80 %, karensavdrag 146.00)");
        assertThat(result.grossTaxable()).isEqualByComparingTo("730.00"); // 0.8 × 182.50 × 9 = 1 314.00 − 584.00
    }

    @Test
    void theKarensNeverMakesSickPayNegative() {
        // One 2-hour shift: 0.8 × 182.50 × 2 = 292.00 < 584.00 → 292.00 taken, 0.00 paid; the rest lapses with the period
        var result = pay(List.of(shift(MONDAY, MONDAY, "2", true)));
        assertThat(result.lines()).extracting(PayLine::amount).containsExactly(new BigDecimal("0.00"));
        assertThat(result.grossTaxable()).isEqualByComparingTo("0.00");
    }

    @Test
    void shiftsFromDay15AreLeftToForsakringskassanAndDay15IsReportedOnce() {
        // Sick period from Monday 5 October 2026 (day 1); day 14 = Sunday 18 October, day 15 = Monday 19 October.
        // Shifts of 8 h on 5 Oct (day 1), 9 Oct (day 5), 14 Oct (day 10): 0.8 × 182.50 × 8 = 1 168.00 each,
        //   less 584.00 on the first → 584.00, 1 168.00, 1 168.00 = 0.8 × 182.50 × 24 − 584.00 = 2 920.00.
        // Shifts on 19 Oct (day 15) and 22 Oct (day 18): no sick pay from the employer; one "anmälan dag 15" dated 19 October.
        LocalDate day15 = LocalDate.of(2026, 10, 19);
        var result = pay(List.of(shift(MONDAY, MONDAY, "8", true), shift(MONDAY, LocalDate.of(2026, 10, 9), "8", false),
                shift(MONDAY, LocalDate.of(2026, 10, 14), "8", false), shift(MONDAY, day15, "8", false),
                shift(MONDAY, LocalDate.of(2026, 10, 22), "8", false)));

        assertThat(result.lines()).extracting(PayLine::amount).containsExactly(new BigDecimal("584.00"), new BigDecimal("1168.00"),
                new BigDecimal("1168.00"));
        assertThat(result.grossTaxable()).isEqualByComparingTo("2920.00");
        assertThat(result.notices()).extracting(Notice::code, Notice::date).containsExactly(tuple(Notice.SICK_DAY_15, day15));
    }

    @Test
    void aRestOfTheKarensFromAnEarlierRunIsTakenFirst() {
        // The period began on Friday 30 October (paid in November's run) and left 146.00 of its 584.00 karensavdrag; its next
        // shift, Monday 2 November (day 4), is paid in December: 0.8 × 182.50 × 6 = 876.00 − 146.00 = 730.00
        LocalDate friday = LocalDate.of(2026, 10, 30);
        var result = calculator.calculate(YearMonth.of(2026, 12), BORN_1990, TABLE_33, List.of(), BigDecimal.ZERO, List.of(
                new Variable.HourlySickPay(friday, LocalDate.of(2026, 11, 2), new BigDecimal("6"), RATE, WEEKLY_HOURS, false,
                        new BigDecimal("146.00"))));
        assertThat(result.lines()).extracting(PayLine::amount).containsExactly(new BigDecimal("730.00"));
    }

    @Test
    void averageWeekOfAnHourlyEmployee() {
        // 0.8 × 182.50 × 20 = 2 920.00; karensavdrag 20 % = 584.00
        assertThat(SickPay.averageWeekSickPayHourly(RATE, WEEKLY_HOURS)).isEqualByComparingTo("2920.00");
        assertThat(SickPay.karens(SickPay.averageWeekSickPayHourly(RATE, WEEKLY_HOURS))).isEqualByComparingTo("584.00");
    }

    @Test
    void refusesAShiftBeforeThePeriodANewAndACarriedKarensTogetherAndNoHours() {
        assertThatIllegalArgumentException().isThrownBy(() -> shift(MONDAY, MONDAY.minusDays(1), "8", true));
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable.HourlySickPay(MONDAY, MONDAY, new BigDecimal("8"), RATE,
                WEEKLY_HOURS, true, new BigDecimal("100.00")));
        assertThatIllegalArgumentException().isThrownBy(() -> shift(MONDAY, MONDAY, "0", true));
    }
}

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
import se.servicekontor.payroll.rules.PayCalculator.SalarySegment;
import se.servicekontor.payroll.rules.PayCalculator.Variable;

/**
 * From day 15 of a sick period the days are calendar days (DOMAIN.md §3): a time report's row (Variable.Sickness.row) is
 * deducted per calendar day from day 15 up to its own last day — a weekend at its end included — and a row over a month
 * end, paid whole in the run after the month of its last day, for its days in both months. Issue 5, "sjuk från dag 15".
 * <p>
 * Worked by hand for a monthly salary of 31 200 kr at 100 %: AB § 28 day value in October (31 days) 31 200 / 31 × 7/5 =
 * 1 409.032… → 1 409.03, sick pay 80 % = 1 127.224 → 1 127.22 a day (day 1 carries 1 127.22 of the karensavdrag, day 2 the
 * other 24.78); an average week's sick pay 31 200 × 12 × 0.8 / 52 = 5 760.00, karensavdrag 20 % = 1 152.00. Calendar-day
 * pay 31 200 × 12 / 365 = 374 400 / 365 = 1 025.7534… → 1 025.75 (half up to the öre). The AB addition on days 15–90:
 * 10 % of 1 025.75 per day, summed over the days and rounded once, half up to the öre. 1 October 2026 is a Thursday,
 * 25 October a Sunday.
 */
class SickRowFromDay15Tests {

    static final LocalDate BORN_1980 = LocalDate.of(1980, 3, 14);
    static final TaxDecision TABLE_33 = new TaxDecision.Table(33, 1);
    static final BigDecimal SALARY = new BigDecimal("31200");
    static final LocalDate OCTOBER_1 = LocalDate.of(2026, 10, 1);
    static final LocalDate DAY_15 = LocalDate.of(2026, 10, 15);

    final PayCalculator calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
            new PayCalendar(), PayCalculator.AgreementRates.AB_2026);

    @Test
    void aRowEndingOnASundayIsDeductedForItsWeekendFromDay15() {
        // SJK Thu 1 – Sun 25 October, paid in November. Days 1–14 = 1–14 October, work days 1–2, 5–9, 12–14 = 10:
        // 10 × 1 409.03 = 14 090.30 deducted; sick pay 10 × 1 127.22 = 11 272.20 − karensavdrag 1 152.00 = 10 120.20.
        // Days 15–25 October = 11 calendar days (Sat 24 and Sun 25 included; the last work day is Fri 23):
        // 11 × 1 025.75 = 11 283.25 deducted; addition 11 × 102.575 = 1 128.325 → 1 128.33
        var sick = Variable.Sickness.row(OCTOBER_1, OCTOBER_1, LocalDate.of(2026, 10, 25),
                PayCalculator.weekdays(OCTOBER_1, LocalDate.of(2026, 10, 25)), true, Variable.FULL_EXTENT, null);
        var result = run(YearMonth.of(2026, 11), sick);
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("31200.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-14090.30")),
                tuple("SJUKLON", new BigDecimal("10120.20")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-11283.25")),
                tuple("SJUKLON15", new BigDecimal("1128.33")));
        assertThat(line(result, "SJUKAVDRAGKAL").text()).contains("11 kalenderdagar");
        assertThat(line(result, "SJUKLON15").text()).contains("11 kalenderdagar");
        // stamped with the days they cover: day 15 to the row's Sunday
        assertThat(line(result, "SJUKAVDRAGKAL")).extracting(PayLine::earnedFrom, PayLine::earnedTo)
                .containsExactly(DAY_15, LocalDate.of(2026, 10, 25));
        assertThat(line(result, "SJUKLON15")).extracting(PayLine::earnedFrom, PayLine::earnedTo)
                .containsExactly(DAY_15, LocalDate.of(2026, 10, 25));
        assertThat(line(result, "SJUKAVDRAG")).extracting(PayLine::earnedFrom, PayLine::earnedTo)
                .containsExactly(OCTOBER_1, LocalDate.of(2026, 10, 14));
        // 31 200.00 − 14 090.30 + 10 120.20 − 11 283.25 + 1 128.33 = 17 074.98
        assertThat(result.grossTaxable()).isEqualByComparingTo("17074.98");
        assertThat(result.notices()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(Notice.SICK_DAY_15);
            assertThat(n.date()).isEqualTo(DAY_15);
        });
    }

    @Test
    void aRowOverAMonthEndPaidInTheFollowingRunCoversItsDaysInBothMonths() {
        // SJK 1 October – Tue 10 November as one row, paid in December (earning month November). Days 1–14 as above:
        // −14 090.30 and 10 120.20 (the row's later work days are past day 14: no sick pay on them).
        // Days 15 October – 10 November = 17 (15–31 October) + 10 (1–10 November) = 27 calendar days, all within day 90
        // (10 November is day 41): 27 × 1 025.75 = 27 695.25 deducted; addition 27 × 102.575 = 2 769.525 → 2 769.53
        var sick = Variable.Sickness.row(OCTOBER_1, OCTOBER_1, LocalDate.of(2026, 11, 10),
                PayCalculator.weekdays(OCTOBER_1, LocalDate.of(2026, 11, 10)), true, Variable.FULL_EXTENT, null);
        var result = run(YearMonth.of(2026, 12), sick);
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("31200.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-14090.30")),
                tuple("SJUKLON", new BigDecimal("10120.20")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-27695.25")),
                tuple("SJUKLON15", new BigDecimal("2769.53")));
        assertThat(line(result, "SJUKAVDRAGKAL")).extracting(PayLine::earnedFrom, PayLine::earnedTo)
                .containsExactly(DAY_15, LocalDate.of(2026, 11, 10));
        assertThat(line(result, "SJUKLON")).extracting(PayLine::earnedFrom, PayLine::earnedTo)
                .containsExactly(OCTOBER_1, LocalDate.of(2026, 10, 14));
        // 31 200.00 − 14 090.30 + 10 120.20 − 27 695.25 + 2 769.53 = 2 304.18
        assertThat(result.grossTaxable()).isEqualByComparingTo("2304.18");
        // day 15 lies in the row: reported in the run that pays it
        assertThat(result.notices()).singleElement().satisfies(n -> assertThat(n.date()).isEqualTo(DAY_15));
    }

    @Test
    void theSamePeriodAsTwoRowsPaysTheSameDaysInTwoRuns() {
        // 1–31 October paid in November: days 15–31 October = 17: 17 × 1 025.75 = 17 437.75; 17 × 102.575 = 1 743.775 → 1 743.78
        var october = run(YearMonth.of(2026, 11), Variable.Sickness.row(OCTOBER_1, OCTOBER_1, LocalDate.of(2026, 10, 31),
                PayCalculator.weekdays(OCTOBER_1, LocalDate.of(2026, 10, 31)), true, Variable.FULL_EXTENT, null));
        assertThat(october.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("31200.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-14090.30")),
                tuple("SJUKLON", new BigDecimal("10120.20")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-17437.75")),
                tuple("SJUKLON15", new BigDecimal("1743.78")));
        assertThat(october.notices()).hasSize(1);
        // 1–10 November continues the period from 1 October, paid in December: only its own 10 days (days 32–41), none of
        // October's again: 10 × 1 025.75 = 10 257.50; 10 × 102.575 = 1 025.75. No work days within day 14, no second notice.
        var november = run(YearMonth.of(2026, 12), Variable.Sickness.row(OCTOBER_1, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10),
                PayCalculator.weekdays(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)), false, Variable.FULL_EXTENT, null));
        assertThat(november.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("31200.00")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-10257.50")),
                tuple("SJUKLON15", new BigDecimal("1025.75")));
        assertThat(line(november, "SJUKAVDRAGKAL")).extracting(PayLine::earnedFrom, PayLine::earnedTo)
                .containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10));
        assertThat(november.notices()).isEmpty();
        // 17 + 10 = 27 days, as the one row: 17 437.75 + 10 257.50 = 27 695.25 (the addition, rounded per run: 1 743.78 + 1 025.75
        // = 2 769.53)
    }

    @Test
    void aRowBeginningOnASaturdayPastDay15IsDeductedFromItsSaturday() {
        // Continuing the period from 1 October: Sat 7 – Tue 10 November = 4 calendar days (days 38–41), 2 of them work days past
        // day 14: 4 × 1 025.75 = 4 103.00 deducted, 4 × 102.575 = 410.30 added
        var result = run(YearMonth.of(2026, 12), Variable.Sickness.row(OCTOBER_1, LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 10),
                PayCalculator.weekdays(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 10)), false, Variable.FULL_EXTENT, null));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("31200.00")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-4103.00")),
                tuple("SJUKLON15", new BigDecimal("410.30")));
    }

    @Test
    void aRelapseDeductsItsOwnDaysNotTheDaysBetweenTheRows() {
        // Thu 1 – Mon 12 October and Fri 16 – Tue 20 October, one period from 1 October (4 days apart), paid in November.
        // Days 1–14: the first row's work days 1–2, 5–9 and 12 October = 8: 8 × 1 409.03 = 11 272.24 deducted;
        // sick pay 8 × 1 127.22 = 9 017.76 − 1 152.00 = 7 865.76. 13–15 October were worked: not deducted.
        // From day 15: the second row's 16–20 October (days 16–20) = 5 calendar days: 5 × 1 025.75 = 5 128.75, + 5 × 102.575
        // = 512.875 → 512.88. Day 15 (15 October) lies in neither row: the pay run's mapping reports it, not the calculator.
        var result = calculator.calculate(YearMonth.of(2026, 11), BORN_1980, TABLE_33,
                List.of(new SalarySegment(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), SALARY, new BigDecimal("100"))), SALARY,
                List.of(Variable.Sickness.row(OCTOBER_1, OCTOBER_1, LocalDate.of(2026, 10, 12),
                                PayCalculator.weekdays(OCTOBER_1, LocalDate.of(2026, 10, 12)), true, Variable.FULL_EXTENT, null),
                        Variable.Sickness.row(OCTOBER_1, LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 20),
                                PayCalculator.weekdays(LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 20)), false, Variable.FULL_EXTENT, null)));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("31200.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-11272.24")),
                tuple("SJUKLON", new BigDecimal("7865.76")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-5128.75")),
                tuple("SJUKLON15", new BigDecimal("512.88")));
        // 31 200.00 − 11 272.24 + 7 865.76 − 5 128.75 + 512.88 = 23 177.65
        assertThat(result.grossTaxable()).isEqualByComparingTo("23177.65");
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void aRowsDaysLieInItsSickPeriod() {
        assertThatIllegalArgumentException().isThrownBy(() -> Variable.Sickness.row(DAY_15, OCTOBER_1, DAY_15, List.of(), true,
                Variable.FULL_EXTENT, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable.Sickness(OCTOBER_1, List.of(), true, DAY_15,
                Variable.FULL_EXTENT, null, OCTOBER_1, null));
    }

    private PayCalculator.Result run(YearMonth month, Variable sick) {
        return calculator.calculate(month, BORN_1980, TABLE_33,
                List.of(new SalarySegment(month.atDay(1), month.atEndOfMonth(), SALARY, new BigDecimal("100"))), SALARY, List.of(sick));
    }

    private static PayLine line(PayCalculator.Result result, String code) {
        return result.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }
}

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
 * Absence for part of each day (deltidssjukskrivning, partial leave, VAB, parental leave) and overtime of hourly-paid staff:
 * worked examples with the arithmetic written out from DOMAIN.md §3 (Sjuklönelagen 6–7 §§, AB §§ 20, 27, 28).
 */
class PartTimeAbsenceTests {

    static final LocalDate BORN_1980 = LocalDate.of(1980, 3, 14); // turns 46 in 2026 → 31 vacation days → 14.88 %
    static final TaxDecision TABLE_33 = new TaxDecision.Table(33, 1);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10); // pays September's deviations
    static final BigDecimal HALF = new BigDecimal("50");

    final PayCalculator calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
            new PayCalendar(), PayCalculator.AgreementRates.AB_2026);

    @Test
    void halfTimeSickLeaveForThreeDaysDeductsHalfAndCarriesTheFullKarensOverTwoDays() {
        // 50 % sick Mon 7 – Wed 9 September 2026 on 33 000 kr a month.
        // Work-day pay 33 000 × 12 / 260 = 396 000 / 260 = 1 523.0769… → 1 523.08; 50 % of it = 761.54 a day.
        // Deducted: 3 × 761.54 = 2 284.62. Sick pay 80 % × 761.54 = 609.232 → 609.23 a day.
        // Karensavdrag: 20 % of a full average week's sick pay, not halved: 33 000 × 12 × 0.8 / 52 = 316 800 / 52 = 6 092.307…
        //   → 6 092.31; × 20 % = 1 218.462 → 1 218.46. Day 1 carries 609.23 of it, day 2 the remaining 609.23, day 3 is paid.
        // Sick pay paid 3 × 609.23 − 1 218.46 = 609.23. Gross 33 000 − 2 284.62 + 609.23 = 31 324.61.
        var result = october("33000", new Variable.Sickness(LocalDate.of(2026, 9, 7),
                PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 9)), true, HALF));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("33000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-2284.62")),
                tuple("SJUKLON", new BigDecimal("609.23")));
        assertThat(result.lines().get(1).text()).isEqualTo("Sjukavdrag 3 dagar à 50 %");
        assertThat(result.lines().get(2).text()).isEqualTo("Sjuklön dag 1–14 (80 %, sjuk 50 %, karensavdrag 1218.46)");
        assertThat(result.grossTaxable()).isEqualByComparingTo("31324.61");
        assertThat(result.lines().subList(1, 3)).allSatisfy(l -> {
            assertThat(l.earnedFrom()).isEqualTo(LocalDate.of(2026, 9, 7));
            assertThat(l.earnedTo()).isEqualTo(LocalDate.of(2026, 9, 9));
        });
    }

    @Test
    void theKarensavdragNeverExceedsTheSickPayOfAShortPartTimePeriod() {
        // 50 % sick Tuesday 8 September only, 33 000: deducted 761.54; sick pay 609.23, all of it taken by the karensavdrag
        // (1 218.46); the other 609.23 of the avdrag lapses when the period ends here (never more than the period's sick pay).
        var result = october("33000", new Variable.Sickness(LocalDate.of(2026, 9, 8), List.of(LocalDate.of(2026, 9, 8)), true, HALF));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("33000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-761.54")),
                tuple("SJUKLON", new BigDecimal("0.00")));
        assertThat(result.lines().get(2).text()).contains("karensavdrag 609.23");
    }

    @Test
    void whatAPartTimeRowCannotCarryOfTheKarensavdragContinuesOnTheNextRowOfThePeriod() {
        // One sick period in two rows: 50 % Tue 8 September, then 100 % Wed 9 – Thu 10 September (same period, no new avdrag).
        // Row 1 (33 000): deducted 761.54; sick pay 609.23, all taken by the karensavdrag 1 218.46 → 609.23 still to take.
        // Row 2: deducted 2 × 1 523.08 = 3 046.16; sick pay 80 % × 1 523.08 = 1 218.464 → 1 218.46 a day; Wednesday carries the
        //   remaining 609.23: paid 2 × 1 218.46 − 609.23 = 1 827.69. One karensavdrag in all: 609.23 + 609.23 = 1 218.46.
        // Gross 33 000 − 761.54 + 0 − 3 046.16 + 1 827.69 = 31 019.99
        LocalDate tuesday = LocalDate.of(2026, 9, 8);
        var result = october("33000", new Variable.Sickness(tuesday, List.of(tuesday), true, HALF),
                new Variable.Sickness(tuesday, List.of(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 10)), false));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("33000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-761.54")),
                tuple("SJUKLON", new BigDecimal("0.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-3046.16")),
                tuple("SJUKLON", new BigDecimal("1827.69")));
        assertThat(result.grossTaxable()).isEqualByComparingTo("31019.99");
    }

    @Test
    void halfTimeSickLeavePastDay14DeductsHalfOfEachCalendarDayWithHalfTheAddition() {
        // 50 % sick Tue 1 – Fri 18 September 2026 on 26 000. Work-day pay 26 000 × 12 / 260 = 1 200.00; 50 % = 600.00.
        // Days 1–14 (1–14 Sept): work days 1–4, 7–11, 14 = 10 → −6 000.00; sick pay 80 % × 600 = 480.00 × 10 = 4 800.00
        //   less the karensavdrag 26 000 × 12 × 0.8 / 52 = 4 800.00 × 20 % = 960.00 (days 1 and 2 carry 480 each) = 3 840.00.
        // Day 15 = Tue 15 Sept to the 18th = 4 calendar days × (26 000 × 12 / 365 = 854.794… → 854.79; × 50 % = 427.395
        //   → 427.40) = 1 709.60 deducted; AB addition 10 % = 170.96.
        // Gross 26 000 − 6 000 + 3 840 − 1 709.60 + 170.96 = 22 301.36
        var result = october("26000", new Variable.Sickness(LocalDate.of(2026, 9, 1),
                PayCalculator.weekdays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 18)), true, HALF));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("26000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-6000.00")),
                tuple("SJUKLON", new BigDecimal("3840.00")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-1709.60")),
                tuple("SJUKLON15", new BigDecimal("170.96")));
        assertThat(result.grossTaxable()).isEqualByComparingTo("22301.36");
        assertThat(result.notices()).extracting(Notice::date).containsExactly(LocalDate.of(2026, 9, 15));
    }

    @Test
    void partialVabAndParentalLeaveDeductTheirShareOfEachWorkDay() {
        // VAB 50 % Mon 7 – Wed 9 Sept on 33 000: 761.54 (half of 1 523.08) × 3 = 2 284.62.
        // Parental leave 25 % Mon 14 – Fri 18 Sept: 1 523.08 × 25 % = 380.77 × 5 = 1 903.85.
        var result = october("33000",
                new Variable.UnpaidLeave(PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 9)), HALF),
                new Variable.UnpaidLeave(PayCalculator.weekdays(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 18)), new BigDecimal("25")));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::text, PayLine::amount).containsExactly(
                tuple("MANADSLON", "Månadslön 2026-10-01–2026-10-31", new BigDecimal("33000.00")),
                tuple("LEDIGHET", "Löneavdrag ledighet 3 dagar à 50 %", new BigDecimal("-2284.62")),
                tuple("LEDIGHET", "Löneavdrag ledighet 5 dagar à 25 %", new BigDecimal("-1903.85")));
        // 33 000 − 2 284.62 − 1 903.85 = 28 811.53
        assertThat(result.grossTaxable()).isEqualByComparingTo("28811.53");
    }

    @Test
    void aPartialLeaveOfOneDayRoundsTheDaysShareHalfUp() {
        // 30 000: work-day pay 30 000 × 12 / 260 = 1 384.615… → 1 384.62; 25 % = 346.155 → 346.16 (half up) for one day
        var result = october("30000", new Variable.UnpaidLeave(List.of(LocalDate.of(2026, 9, 7)), new BigDecimal("25")));
        assertThat(result.lines().get(1).amount()).isEqualByComparingTo("-346.16");
    }

    @Test
    void aLongPartialLeaveOfAbsenceIsDeductedByItsShareOfEachCalendarDay() {
        // AB § 28 (UNCONFIRMED): 50 % leave Mon 7 – Sun 13 Sept = 7 days > 5 → per calendar day:
        // 30 000 × 12 / 365 = 986.301… → 986.30; 50 % = 493.15; × 7 = 3 452.05
        var result = october("30000", new Variable.LeaveOfAbsence(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13),
                PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13)), HALF));
        assertThat(result.lines()).extracting(PayLine::text, PayLine::amount).containsExactly(
                tuple("Månadslön 2026-10-01–2026-10-31", new BigDecimal("30000.00")),
                tuple("Löneavdrag ledighet 2026-09-07–2026-09-13, 7 kalenderdagar à 50 %, 493.15 kr/dag", new BigDecimal("-3452.05")));
    }

    @Test
    void halfDayVacationPaysHalfTheSupplementPerDay() {
        // AB § 27: 0.605 % × 33 000 = 199.65 a day; 50 % = 99.825 → 99.83; 2 days = 199.66
        var result = october("33000", new Variable.Vacation(2, HALF));
        assertThat(result.lines().get(1).amount()).isEqualByComparingTo("199.66");
    }

    @Test
    void aFullExtentGivesTheSameLinesAsTheOldConstructors() {
        List<LocalDate> days = PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 9));
        assertThat(october("33000", new Variable.Sickness(LocalDate.of(2026, 9, 7), days, true, new BigDecimal("100"))).lines())
                .isEqualTo(october("33000", new Variable.Sickness(LocalDate.of(2026, 9, 7), days, true)).lines());
        assertThat(new Variable.UnpaidLeave(days).extentPercent()).isEqualByComparingTo("100");
        assertThat(new Variable.Vacation(3).extentPercent()).isEqualByComparingTo("100");
        assertThat(new Variable.Sickness(LocalDate.of(2026, 9, 7), days, true, (BigDecimal) null).extentPercent()).isEqualByComparingTo("100");
    }

    @Test
    void anExtentMustBeAboveZeroAndAtMostOneHundred() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 9, 7));
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable.UnpaidLeave(days, BigDecimal.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable.UnpaidLeave(days, new BigDecimal("100.01")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable.Sickness(LocalDate.of(2026, 9, 7), days, true,
                new BigDecimal("-50")));
    }

    @Test
    void overtimeOfAnHourlyPaidEmployeeIsPaidOnTheHourlyRate() {
        // AB § 20 (DOMAIN.md §3): simple 180 %, qualified 240 % of the hourly pay — for hourly staff their hourly rate.
        // 180.00 kr/h: simple 4 h × 180 × 180 % = 1 296.00; qualified 2.5 h × 180 × 240 % = 1 080.00.
        // Vacation pay on the variable pay (born 1980, 31 days → 14.88 %): 2 376.00 × 14.88 % = 353.5488 → 353.55.
        // Gross 1 296 + 1 080 + 353.55 = 2 729.55
        var result = calculator.calculate(OCTOBER, BORN_1980, TABLE_33, List.of(), BigDecimal.ZERO, List.of(
                new Variable.HourlyOvertime(new BigDecimal("4"), new BigDecimal("180.00"), false),
                new Variable.HourlyOvertime(new BigDecimal("2.5"), new BigDecimal("180.00"), true)));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::text, PayLine::amount).containsExactly(
                tuple("OT1", "Enkel övertid 4 tim à 180.00 kr × 180 %", new BigDecimal("1296.00")),
                tuple("OT2", "Kvalificerad övertid 2.5 tim à 180.00 kr × 240 %", new BigDecimal("1080.00")),
                tuple("SEMROR", "Semesterersättning/semesterlön rörlig del 14.88 % av 2376.00 kr", new BigDecimal("353.55")));
        assertThat(result.grossTaxable()).isEqualByComparingTo("2729.55");
        assertThat(result.lines().get(0).earnedFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(result.lines().get(0).earnedTo()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void hourlyOvertimeRoundsOnceToTheOre() {
        // 183.47 × 1.5 h × 180 % = 495.369 → 495.37
        var result = calculator.calculate(OCTOBER, BORN_1980, TABLE_33, List.of(), BigDecimal.ZERO,
                List.of(new Variable.HourlyOvertime(new BigDecimal("1.5"), new BigDecimal("183.47"), false)));
        assertThat(result.lines().get(0).amount()).isEqualByComparingTo("495.37");
    }

    private PayCalculator.Result october(String salary, Variable... variables) {
        return calculator.calculate(OCTOBER, BORN_1980, TABLE_33,
                List.of(new SalarySegment(OCTOBER.atDay(1), OCTOBER.atEndOfMonth(), new BigDecimal(salary), new BigDecimal("100"))),
                new BigDecimal(salary), List.of(variables));
    }
}

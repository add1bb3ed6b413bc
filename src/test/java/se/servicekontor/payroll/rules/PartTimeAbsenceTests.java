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
        // AB § 28 day value (September: 30 days): 33 000 / 30 × 7/5 = 1 540.00; 50 % of it = 770.00 a day.
        // Deducted: 3 × 770.00 = 2 310.00. Sick pay 80 % × 770.00 = 616.00 a day.
        // Karensavdrag: 20 % of a full average week's sick pay, not halved: 33 000 × 12 × 0.8 / 52 = 316 800 / 52 = 6 092.307…
        //   → 6 092.31; × 20 % = 1 218.462 → 1 218.46. Day 1 carries 616.00 of it, day 2 the remaining 602.46, day 3 is paid.
        // Sick pay paid 3 × 616.00 − 1 218.46 = 629.54. Gross 33 000 − 2 310.00 + 629.54 = 31 319.54.
        var result = october("33000", new Variable.Sickness(LocalDate.of(2026, 9, 7),
                PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 9)), true, HALF));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("33000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-2310.00")),
                tuple("SJUKLON", new BigDecimal("629.54")));
        assertThat(result.lines().get(1).text()).isEqualTo("Sjukavdrag 3 dagar à 50 %");
        assertThat(result.lines().get(2).text()).isEqualTo("Sjuklön dag 1–14 (80 %, sjuk 50 %, karensavdrag 1218.46)");
        assertThat(result.grossTaxable()).isEqualByComparingTo("31319.54");
        assertThat(result.lines().subList(1, 3)).allSatisfy(l -> {
            assertThat(l.earnedFrom()).isEqualTo(LocalDate.of(2026, 9, 7));
            assertThat(l.earnedTo()).isEqualTo(LocalDate.of(2026, 9, 9));
        });
    }

    @Test
    void theKarensavdragNeverExceedsTheSickPayOfAShortPartTimePeriod() {
        // 50 % sick Tuesday 8 September only, 33 000: deducted 770.00; sick pay 616.00, all of it taken by the karensavdrag
        // (1 218.46); the other 602.46 of the avdrag lapses when the period ends here (never more than the period's sick pay).
        var result = october("33000", new Variable.Sickness(LocalDate.of(2026, 9, 8), List.of(LocalDate.of(2026, 9, 8)), true, HALF));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("33000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-770.00")),
                tuple("SJUKLON", new BigDecimal("0.00")));
        assertThat(result.lines().get(2).text()).contains("karensavdrag 616.00");
    }

    @Test
    void whatAPartTimeRowCannotCarryOfTheKarensavdragContinuesOnTheNextRowOfThePeriod() {
        // One sick period in two rows: 50 % Tue 8 September, then 100 % Wed 9 – Thu 10 September (same period, no new avdrag).
        // Row 1 (33 000, day value 33 000 / 30 × 7/5 = 1 540.00): deducted 770.00; sick pay 616.00, all taken by the
        //   karensavdrag 1 218.46 → 602.46 still to take.
        // Row 2: deducted 2 × 1 540.00 = 3 080.00; sick pay 80 % × 1 540.00 = 1 232.00 a day; Wednesday carries the
        //   remaining 602.46: paid 2 × 1 232.00 − 602.46 = 1 861.54. One karensavdrag in all: 616.00 + 602.46 = 1 218.46.
        // Gross 33 000 − 770.00 + 0 − 3 080.00 + 1 861.54 = 31 011.54
        LocalDate tuesday = LocalDate.of(2026, 9, 8);
        var result = october("33000", new Variable.Sickness(tuesday, List.of(tuesday), true, HALF),
                new Variable.Sickness(tuesday, List.of(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 10)), false));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("33000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-770.00")),
                tuple("SJUKLON", new BigDecimal("0.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-3080.00")),
                tuple("SJUKLON", new BigDecimal("1861.54")));
        assertThat(result.grossTaxable()).isEqualByComparingTo("31011.54");
    }

    @Test
    void halfTimeSickLeavePastDay14DeductsHalfOfEachCalendarDayWithHalfTheAddition() {
        // 50 % sick Tue 1 – Fri 18 September 2026 on 26 000. Day value 26 000 / 30 × 7/5 = 1 213.333… → 1 213.33; 50 % =
        //   606.665 → 606.67.
        // Days 1–14 (1–14 Sept): work days 1–4, 7–11, 14 = 10 → −6 066.70; sick pay 80 % × 606.67 = 485.336 → 485.34 × 10 =
        //   4 853.40 less the karensavdrag 26 000 × 12 × 0.8 / 52 = 4 800.00 × 20 % = 960.00 (days 1 and 2) = 3 893.40.
        // Day 15 = Tue 15 Sept to the 18th = 4 calendar days × (26 000 × 12 / 365 = 854.794… → 854.79; × 50 % = 427.395
        //   → 427.40) = 1 709.60 deducted; AB addition 10 % = 170.96.
        // Gross 26 000 − 6 066.70 + 3 893.40 − 1 709.60 + 170.96 = 22 288.06
        var result = october("26000", new Variable.Sickness(LocalDate.of(2026, 9, 1),
                PayCalculator.weekdays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 18)), true, HALF));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("26000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-6066.70")),
                tuple("SJUKLON", new BigDecimal("3893.40")),
                tuple("SJUKAVDRAGKAL", new BigDecimal("-1709.60")),
                tuple("SJUKLON15", new BigDecimal("170.96")));
        assertThat(result.grossTaxable()).isEqualByComparingTo("22288.06");
        assertThat(result.notices()).extracting(Notice::date).containsExactly(LocalDate.of(2026, 9, 15));
    }

    @Test
    void partialVabAndParentalLeaveDeductTheirShareOfEachWorkDay() {
        // Day value 33 000 / 30 × 7/5 = 1 540.00 (AB § 28). VAB 50 % Mon 7 – Wed 9 Sept: 770.00 × 3 = 2 310.00.
        // Parental leave 25 % Mon 14 – Fri 18 Sept: 1 540.00 × 25 % = 385.00 × 5 = 1 925.00.
        var result = october("33000",
                new Variable.UnpaidLeave(PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 9)), HALF),
                new Variable.UnpaidLeave(PayCalculator.weekdays(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 18)), new BigDecimal("25")));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::text, PayLine::amount).containsExactly(
                tuple("MANADSLON", "Månadslön 2026-10-01–2026-10-31", new BigDecimal("33000.00")),
                tuple("LEDIGHET", "Löneavdrag ledighet 3 dagar à 50 %", new BigDecimal("-2310.00")),
                tuple("LEDIGHET", "Löneavdrag ledighet 5 dagar à 25 %", new BigDecimal("-1925.00")));
        // 33 000 − 2 310.00 − 1 925.00 = 28 765.00
        assertThat(result.grossTaxable()).isEqualByComparingTo("28765.00");
    }

    @Test
    void aPartialLeaveOfOneDayRoundsTheDaysShareHalfUp() {
        // 31 000 in September: day value 31 000 / 30 × 7/5 = 1 446.666… → 1 446.67; 25 % = 361.6675 → 361.67 (half up)
        var result = october("31000", new Variable.UnpaidLeave(List.of(LocalDate.of(2026, 9, 7)), new BigDecimal("25")));
        assertThat(result.lines().get(1).amount()).isEqualByComparingTo("-361.67");
    }

    @Test
    void aPartialLeaveOfAbsenceIsDeductedByItsShareOfEachWorkDay() {
        // AB § 28 (UNCONFIRMED): 50 % leave Mon 7 – Sun 13 Sept: 5 work days × 50 % of (30 000 / 30 × 7/5 = 1 400.00) =
        // 5 × 700.00 = 3 500.00; the weekend is not deducted
        var result = october("30000", new Variable.LeaveOfAbsence(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13),
                PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13)), HALF));
        assertThat(result.lines()).extracting(PayLine::text, PayLine::amount).containsExactly(
                tuple("Månadslön 2026-10-01–2026-10-31", new BigDecimal("30000.00")),
                tuple("Löneavdrag ledighet 2026-09-07–2026-09-13 à 50 %: 5 arbetsdagar à 700.00 kr", new BigDecimal("-3500.00")));
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

package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.rules.PayCalculator.PayLine;
import se.servicekontor.payroll.rules.PayCalculator.SalarySegment;
import se.servicekontor.payroll.rules.PayCalculator.Variable;

/** Worked examples, the arithmetic written out from the rule texts in DOMAIN.md §3. */
class PayCalculatorTests {

    static final LocalDate BORN_1980 = LocalDate.of(1980, 3, 14);
    static final TaxDecision TABLE_33 = new TaxDecision.Table(33, 1);

    final PayCalculator calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
            new PayCalendar(), PayCalculator.AgreementRates.AB_2026);

    @Test
    void fullMonthOnTheDomainExampleRow() {
        // Skatteverket's row "30B33  34801  35000 7134 …": table 33, 34 801–35 000 kr, column 1 → 7 134 kr.
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-31", "35000", "100")), new BigDecimal("35000"), List.of());
        assertThat(result.grossTaxable()).isEqualByComparingTo("35000.00");
        assertThat(result.tax()).isEqualByComparingTo("7134");
        assertThat(result.net()).isEqualByComparingTo("27866.00");               // 35 000 − 7 134
        // Born 1980, paid 2026: 31.42 % → 35 000 × 0.3142 = 10 997.00
        assertThat(result.employerContributions()).isEqualByComparingTo("10997.00");
        // 2026-10-25 is a Sunday → the preceding bank day, Friday 23 October
        assertThat(result.payday()).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    void theResultCarriesTheAkapKrPensionCost() {
        // AKAP-KR: 35 000 ≤ 52 125 (7.5 × 83 400 / 12) → 35 000 × 6 % = 2 100.00; särskild löneskatt 2 100 × 24.26 % = 509.46
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-31", "35000", "100")), new BigDecimal("35000"), List.of());
        assertThat(result.pension().pensionablePay()).isEqualByComparingTo("35000.00");
        assertThat(result.pension().premium()).isEqualByComparingTo("2100.00");
        assertThat(result.pension().specialPayrollTax()).isEqualByComparingTo("509.46");
        assertThat(result.pension().total()).isEqualByComparingTo("2609.46");
        assertThat(result.net()).isEqualByComparingTo("27866.00"); // an employer cost: net unchanged
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void startInTheMiddleOfTheMonthIsProRatedByCalendarDays() {
        // October has 31 days; employed 15–31 October = 17 days: 31 000 × 17 / 31 = 17 000.00
        assertThat(fixed(YearMonth.of(2026, 10), segment("2026-10-15", "2026-10-31", "31000", "100"))).isEqualByComparingTo("17000.00");
        // 2027-02 has 28 days; employed 15–28 = 14 days: 28 000 × 14 / 28 = 14 000.00
        assertThat(fixed(YearMonth.of(2027, 2), segment("2027-02-15", "2027-02-28", "28000", "100"))).isEqualByComparingTo("14000.00");
        // Leap year: 2028-02 has 29 days; employed 15–29 = 15 days: 29 000 × 15 / 29 = 15 000.00
        assertThat(fixed(YearMonth.of(2028, 2), segment("2028-02-15", "2028-02-29", "29000", "100"))).isEqualByComparingTo("15000.00");
        // Ending 10 October: 10 days: 31 000 × 10 / 31 = 10 000.00
        assertThat(fixed(YearMonth.of(2026, 10), segment("2026-10-01", "2026-10-10", "31000", "100"))).isEqualByComparingTo("10000.00");
    }

    @Test
    void aRateChangeWithinTheMonthSplitsTheSalary() {
        // 1–15 October at 100 % of 31 000: 31 000 × 15 / 31 = 15 000.00; 16–31 at 50 %: 15 500 × 16 / 31 = 8 000.00
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-15", "31000", "100"), segment("2026-10-16", "2026-10-31", "31000", "50")),
                new BigDecimal("31000"), List.of());
        assertThat(result.lines()).extracting(PayLine::amount).containsExactly(new BigDecimal("15000.00"), new BigDecimal("8000.00"));
        assertThat(result.grossTaxable()).isEqualByComparingTo("23000.00");
    }

    @Test
    void overtimeAndObOfThePreviousMonthArePaidWithThisMonthsSalary() {
        // AB § 20: hourly pay 33 000 / 165 = 200; simple 3 h × 200 × 180 % = 1 080.00; qualified 2 h × 200 × 240 % = 960.00
        // OB C (weekday nights) 58.40 kr/h × 4 h = 233.60; OB D 26.40 × 2.5 h = 66.00
        var result = calculator.calculate(YearMonth.of(2026, 11), BORN_1980, TABLE_33,
                List.of(segment("2026-11-01", "2026-11-30", "33000", "100")), new BigDecimal("33000"),
                List.of(new Variable.Overtime(new BigDecimal("3"), false), new Variable.Overtime(new BigDecimal("2"), true),
                        new Variable.InconvenientHours('C', new BigDecimal("4")), new Variable.InconvenientHours('D', new BigDecimal("2.5"))));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MANADSLON", new BigDecimal("33000.00")),
                org.assertj.core.groups.Tuple.tuple("OT1", new BigDecimal("1080.00")),
                org.assertj.core.groups.Tuple.tuple("OT2", new BigDecimal("960.00")),
                org.assertj.core.groups.Tuple.tuple("OBC", new BigDecimal("233.60")),
                org.assertj.core.groups.Tuple.tuple("OBD", new BigDecimal("66.00")),
                // born 1980 turns 46 in 2026 → 31 days → 14.88 % of the variable pay 1 080 + 960 + 233.60 + 66 = 2 339.60
                // = 348.13248 → 348.13
                org.assertj.core.groups.Tuple.tuple("SEMROR", new BigDecimal("348.13")));
        // 33 000 + 1 080 + 960 + 233.60 + 66 + 348.13 = 35 687.73
        assertThat(result.grossTaxable()).isEqualByComparingTo("35687.73");
        // October's variable pay, paid in November, keeps October as its earning month
        assertThat(result.lines().subList(1, 6)).allSatisfy(l -> {
            assertThat(l.earnedFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(l.earnedTo()).isEqualTo(LocalDate.of(2026, 10, 31));
        });
    }

    @Test
    void sickDaysDeductLostPayAndPaySickPayLessKarens() {
        // Lost pay per work day (AB § 28 day value, September has 30 days): 26 000 / 30 × 7/5 = 1 213.333… → 1 213.33; three
        // days (Mon 7 – Wed 9 Sept) = 3 639.99 deducted. Sick pay 80 %: 970.664 → 970.66 a day. Average week's sick pay
        // 26 000 × 12 × 0.8 / 52 = 4 800.00; karensavdrag 20 % = 960.00, all taken from day 1. Sick pay paid:
        // 3 × 970.66 − 960 = 1 951.98. Gross 26 000 − 3 639.99 + 1 951.98 = 24 311.99.
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-31", "26000", "100")), new BigDecimal("26000"),
                List.of(new Variable.Sickness(LocalDate.of(2026, 9, 7),
                        PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 9)), true)));
        assertThat(result.lines()).extracting(PayLine::amount)
                .containsExactly(new BigDecimal("26000.00"), new BigDecimal("-3639.99"), new BigDecimal("1951.98"));
        assertThat(result.grossTaxable()).isEqualByComparingTo("24311.99");
    }

    @Test
    void aSickPeriodPastDay14IsDeductedPerCalendarDayWithTheTenPercentAdditionAndReported() {
        // Sick from Monday 21 September 2026 to 10 November; October's part is paid in November (karens taken in September).
        // Salary 36 500. Days 1–14 in October: Thu 1 Oct (day 11), Fri 2 (12), Sat 3 (13), Sun 4 (14) → work days 1 and 2 Oct.
        //   Day value (October, 31 days) 36 500 / 31 × 7/5 = 1 648.387… → 1 648.39; 2 days deducted = 3 296.78;
        //   sick pay 80 %: 1 318.712 → 1 318.71 a day, 2 days = 2 637.42.
        // From day 15 = Monday 5 October to 31 October: 27 calendar days × (36 500 × 12 / 365 = 1 200.00) = 32 400.00 deducted;
        //   AB addition 10 % = 3 240.00.
        // Gross 36 500 − 3 296.78 + 2 637.42 − 32 400 + 3 240 = 6 680.64
        var result = calculator.calculate(YearMonth.of(2026, 11), BORN_1980, TABLE_33,
                List.of(segment("2026-11-01", "2026-11-30", "36500", "100")), new BigDecimal("36500"),
                List.of(new Variable.Sickness(LocalDate.of(2026, 9, 21),
                        PayCalculator.weekdays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)), false, LocalDate.of(2026, 11, 10))));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MANADSLON", new BigDecimal("36500.00")),
                org.assertj.core.groups.Tuple.tuple("SJUKAVDRAG", new BigDecimal("-3296.78")),
                org.assertj.core.groups.Tuple.tuple("SJUKLON", new BigDecimal("2637.42")),
                org.assertj.core.groups.Tuple.tuple("SJUKAVDRAGKAL", new BigDecimal("-32400.00")),
                org.assertj.core.groups.Tuple.tuple("SJUKLON15", new BigDecimal("3240.00")));
        assertThat(result.grossTaxable()).isEqualByComparingTo("6680.64");
        // every line keeps its earning dates (DOMAIN.md §3): the salary its segment, days 1–14 the paid work days, from day 15 the
        // calendar days 5–31 October
        assertThat(result.lines()).extracting(PayLine::earnedFrom, PayLine::earnedTo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 31)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 31)));
        assertThat(result.notices()).extracting(Notice::code, Notice::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Notice.SICK_DAY_15, LocalDate.of(2026, 10, 5)));
    }

    @Test
    void theOldThreeArgumentSicknessEndsOnItsLastWorkDay() {
        // Sick Tue 1 – Fri 18 September 2026 given as work days only: day 15 = Tue 15 Sept; days 15–18 = 4 calendar days.
        // 26 000: day value 26 000 / 30 × 7/5 = 1 213.33; days 1–14 = 1–14 Sept, work days 1–4, 7–11, 14 = 10 days → −12 133.30;
        //   sick pay 970.66 × 10 = 9 706.60 − karens (26 000 × 12 × 0.8 / 52 = 4 800 × 20 % = 960.00) = 8 746.60
        // Calendar day 26 000 × 12 / 365 = 854.7945… → 854.79; 4 days = 3 419.16 deducted; 10 % = 341.916 → 341.92
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-31", "26000", "100")), new BigDecimal("26000"),
                List.of(new Variable.Sickness(LocalDate.of(2026, 9, 1),
                        PayCalculator.weekdays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 18)), true)));
        assertThat(result.lines()).extracting(PayLine::amount).containsExactly(new BigDecimal("26000.00"),
                new BigDecimal("-12133.30"), new BigDecimal("8746.60"), new BigDecimal("-3419.16"), new BigDecimal("341.92"));
        assertThat(result.notices()).extracting(Notice::date).containsExactly(LocalDate.of(2026, 9, 15));
    }

    @Test
    void aLeaveOfAbsenceIsDeductedPerScheduledWorkDay() {
        // AB § 28 (UNCONFIRMED): leave Mon 7 – Sun 13 Sept 2026 = 5 work days × (30 000 / 30 × 7/5 = 1 400.00) = 7 000.00
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-31", "30000", "100")), new BigDecimal("30000"),
                List.of(new Variable.LeaveOfAbsence(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13),
                        PayCalculator.weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13))),
                        new Variable.AbsenceHours(new BigDecimal("3.5"), new BigDecimal("40"))));
        // and 3.5 hours at 40 h/week: 30 000 × 12 × 3.5 / 2 080 = 605.77
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MANADSLON", new BigDecimal("30000.00")),
                org.assertj.core.groups.Tuple.tuple("LEDIGHET", new BigDecimal("-7000.00")),
                org.assertj.core.groups.Tuple.tuple("LEDIGHETTIM", new BigDecimal("-605.77")));
    }

    @Test
    void agreementRatesComeFromTheDatedFigures() {
        // the 2026-04-01 figures in payroll-values.csv equal DOMAIN.md's: 165, 180 %, 240 %, 0.605 %, OB A 130.70 B 68.10 C 58.40 D 26.40
        var rates = PayCalculator.AgreementRates.on(ReferenceValues.bundled(), LocalDate.of(2026, 4, 1));
        assertThat(rates.overtimeDivisor()).isEqualByComparingTo("165");
        assertThat(rates.simpleOvertimePct()).isEqualByComparingTo("180");
        assertThat(rates.qualifiedOvertimePct()).isEqualByComparingTo("240");
        assertThat(rates.vacationSupplementPct()).isEqualByComparingTo("0.605");
        assertThat(rates.obKronorPerHour().get('A')).isEqualByComparingTo("130.70");
        assertThat(rates.obKronorPerHour().get('B')).isEqualByComparingTo("68.10");
        assertThat(rates.obKronorPerHour().get('C')).isEqualByComparingTo("58.40");
        assertThat(rates.obKronorPerHour().get('D')).isEqualByComparingTo("26.40");
        // OB before the 2026 revision is not in the data: refused, not guessed
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> PayCalculator.AgreementRates.on(ReferenceValues.bundled(), LocalDate.of(2026, 3, 31)))
                .withMessageContaining("ab.ob.A");
    }

    @Test
    void vacationPaysTheSupplementAndLeaveIsDeducted() {
        // AB § 27: 0.605 % × 30 000 = 181.50 per paid vacation day; 5 days = 907.50
        // Leave of absence 2 work days in July (31 days): 30 000 / 31 × 7/5 = 1 354.838… → 1 354.84 a day; 2 days = 2 709.68
        var result = calculator.calculate(YearMonth.of(2026, 8), BORN_1980, TABLE_33,
                List.of(segment("2026-08-01", "2026-08-31", "30000", "100")), new BigDecimal("30000"),
                List.of(new Variable.Vacation(5), new Variable.UnpaidLeave(List.of(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 21)))));
        assertThat(result.lines()).extracting(PayLine::amount)
                .containsExactly(new BigDecimal("30000.00"), new BigDecimal("907.50"), new BigDecimal("-2709.68"));
    }

    @Test
    void anAbsenceAtAnotherRateIsPricedWithItsOwnMonthlySalary() {
        // The month's variable pay is based on 15 000 (30 000 at 50 %); leave on two days when the rate was 100 % carries
        // 30 000: 30 000 / 31 × 7/5 = 1 354.84 a day (July), 2 days = 2 709.68; vacation at 50 %: 0.605 % × 15 000 = 90.75
        var result = calculator.calculate(YearMonth.of(2026, 8), BORN_1980, TABLE_33,
                List.of(segment("2026-08-01", "2026-08-31", "30000", "50")), new BigDecimal("15000"),
                List.of(new Variable.AtSalary(new BigDecimal("30000"), new Variable.UnpaidLeave(List.of(LocalDate.of(2026, 7, 6),
                        LocalDate.of(2026, 7, 7)))), new Variable.Vacation(1)));
        assertThat(result.lines()).extracting(PayLine::amount)
                .containsExactly(new BigDecimal("15000.00"), new BigDecimal("-2709.68"), new BigDecimal("90.75"));
        assertThat(result.lines().get(1).earnedFrom()).isEqualTo(LocalDate.of(2026, 7, 6));
    }

    @Test
    void grossLessTaxLessNetDeductionsIsNet() {
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, new TaxDecision.FixedPercent(new BigDecimal("30")),
                List.of(segment("2026-10-01", "2026-10-31", "30000", "100")), new BigDecimal("30000"),
                List.of(new Variable.Addition(new BigDecimal("1000")), new Variable.NetDeduction(new BigDecimal("500"))));
        // Gross 30 000 + 1 000 = 31 000; jämkning 30 % → 9 300; net 31 000 − 9 300 − 500 = 21 200.00
        assertThat(result.grossTaxable()).isEqualByComparingTo("31000.00");
        assertThat(result.tax()).isEqualByComparingTo("9300");
        assertThat(result.netDeductions()).isEqualByComparingTo("500.00");
        assertThat(result.net()).isEqualByComparingTo("21200.00");
    }

    @Test
    void hourlyWorkIsPaidHoursTimesRateWithVacationPayOnTop() {
        // Hourly employee (no fixed salary), born 1990 → turns 36 in 2026 → 25 days → 12 %.
        // October's 37.5 h × 182.40 = 6 840.00 paid in November; vacation pay 6 840.00 × 12 % = 820.80; gross 7 660.80
        var result = calculator.calculate(YearMonth.of(2026, 11), LocalDate.of(1990, 5, 5), TABLE_33, List.of(), BigDecimal.ZERO,
                List.of(new Variable.HourlyWork(new BigDecimal("37.5"), new BigDecimal("182.40"))));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::text, PayLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TIMLON", "Timlön 37.5 tim à 182.40 kr", new BigDecimal("6840.00")),
                org.assertj.core.groups.Tuple.tuple("SEMROR", "Semesterersättning/semesterlön rörlig del 12 % av 6840.00 kr",
                        new BigDecimal("820.80")));
        assertThat(result.grossTaxable()).isEqualByComparingTo("7660.80");
    }

    @Test
    void theVacationPercentFollowsTheYearTheHoursWereWorkedNotTheYearTheyArePaid() {
        // Born 1 July 1986, turns 40 in 2026. 100 h × 200 = 20 000.00 each month.
        // December 2025's hours, paid January 2026: earned in 2025 (turned 39) → 12 % = 2 400.00
        List<Variable> hours = List.of(new Variable.HourlyWork(new BigDecimal("100"), new BigDecimal("200")));
        LocalDate born = LocalDate.of(1986, 7, 1);
        var january = calculator.calculate(YearMonth.of(2026, 1), born, TABLE_33, List.of(), BigDecimal.ZERO, hours);
        assertThat(january.lines().get(1).amount()).isEqualByComparingTo("2400.00");
        // January 2026's hours, paid February 2026: earned in 2026 (turns 40) → 31 × 0.48 = 14.88 % = 2 976.00
        var february = calculator.calculate(YearMonth.of(2026, 2), born, TABLE_33, List.of(), BigDecimal.ZERO, hours);
        assertThat(february.lines().get(1).amount()).isEqualByComparingTo("2976.00");
    }

    @Test
    void aBonusIsTaxedByTheOneOffTableAndTheSalaryByTheMonthlyTable() {
        // Salary 35 000: monthly table 33 column 1 → 7 134 (DOMAIN example row).
        // Bonus 10 000: expected annual income 35 000 × 12 + 10 000 = 430 000 → one-off band 192 001–477 600 = 26 %
        // (2026 column 1, UNCONFIRMED) → 2 600. Tax 7 134 + 2 600 = 9 734; net 45 000 − 9 734 = 35 266.00.
        // Employer contributions on all cash pay: 45 000 × 31.42 % = 14 139.00
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-31", "35000", "100")), new BigDecimal("35000"),
                List.of(new Variable.OneOffPayment(new BigDecimal("10000"), Variable.OneOffPayment.Kind.BONUS)));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::text, PayLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MANADSLON", "Månadslön 2026-10-01–2026-10-31", new BigDecimal("35000.00")),
                org.assertj.core.groups.Tuple.tuple("BONUS", "Bonus", new BigDecimal("10000.00")));
        assertThat(result.grossTaxable()).isEqualByComparingTo("45000.00");
        assertThat(result.tax()).isEqualByComparingTo("9734");
        assertThat(result.net()).isEqualByComparingTo("35266.00");
        assertThat(result.employerContributions()).isEqualByComparingTo("14139.00");
    }

    @Test
    void deductionsLargerThanThePayLeaveNoOneOffTaxAndANegativeNet() {
        // Employed 1–15 October: 36 500 × 15 / 31 = 17 661.29. Leave all of September, a whole calendar month (AB § 28): the
        // whole salary −36 500.00. Bonus 10 000. Gross 17 661.29 − 36 500 + 10 000 = −8 838.71:
        // no taxable pay, so no tax on the bonus either; net −8 838.71 → for NetClaims.settle.
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-15", "36500", "100")), new BigDecimal("36500"),
                List.of(new Variable.LeaveOfAbsence(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30),
                                PayCalculator.weekdays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))),
                        new Variable.OneOffPayment(new BigDecimal("10000"), Variable.OneOffPayment.Kind.BONUS)));
        assertThat(result.grossTaxable()).isEqualByComparingTo("-8838.71");
        assertThat(result.tax()).isEqualByComparingTo("0");
        assertThat(result.net()).isEqualByComparingTo("-8838.71");
        assertThat(result.employerContributions()).isEqualByComparingTo("0.00");
        var settled = NetClaims.settle(result.net(), BigDecimal.ZERO, new NetClaims.RecoveryLimit.Amount(new BigDecimal("2000")));
        assertThat(settled.payout()).isEqualByComparingTo("0.00");
        assertThat(settled.claimAfter()).isEqualByComparingTo("8838.71");
    }

    @Test
    void linesOfTwoEmploymentsAreTaxedTogether() {
        // One employee, two employments: 20 000 + 15 000 = 35 000 by the monthly table (row 34 801–35 000, col 1 = 7 134);
        // a bonus of 10 000 in the second: 35 000 × 12 + 10 000 = 430 000 → 26 % = 2 600 (UNCONFIRMED table). 9 734.00
        var lines = List.of(new PayLine("MANADSLON", "Månadslön", new BigDecimal("20000.00"), true),
                new PayLine("MANADSLON", "Månadslön", new BigDecimal("15000.00"), true),
                new PayLine("BONUS", "Bonus", new BigDecimal("10000.00"), true),
                new PayLine("AVDR", "Nettolöneavdrag", new BigDecimal("-500.00"), false));
        assertThat(calculator.tax(YearMonth.of(2026, 10), TABLE_33, lines)).isEqualByComparingTo("9734.00");
    }

    @Test
    void anAdditionIsStillTaxedByTheMonthlyTable() {
        // Addition 10 000 on 35 000 = 45 000 by the monthly table, unlike the bonus above:
        // Skatteverket's row "30B33  44801  4500010052 …" → table 33, 44 801–45 000 kr, column 1 = 10 052 kr
        var withAddition = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-31", "35000", "100")), new BigDecimal("35000"),
                List.of(new Variable.Addition(new BigDecimal("10000"))));
        assertThat(withAddition.tax()).isEqualByComparingTo("10052");
    }

    @Test
    void noVariablePayNoVacationPayLine() {
        var result = calculator.calculate(YearMonth.of(2026, 10), BORN_1980, TABLE_33,
                List.of(segment("2026-10-01", "2026-10-31", "35000", "100")), new BigDecimal("35000"),
                List.of(new Variable.Addition(new BigDecimal("1000"))));
        assertThat(result.lines()).extracting(PayLine::code).containsExactly("MANADSLON", "TILL");
    }

    private BigDecimal fixed(YearMonth month, SalarySegment segment) {
        // Pure pro-rating (the 2027 and 2028 contribution rates are not reference data yet, so no whole calculation there)
        return PayCalculator.proRated(segment, month.lengthOfMonth());
    }

    private static SalarySegment segment(String from, String to, String salary, String rate) {
        return new SalarySegment(LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(salary), new BigDecimal(rate));
    }
}

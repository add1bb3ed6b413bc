package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

import se.servicekontor.payroll.rules.PayCalculator.PayLine;
import se.servicekontor.payroll.rules.PayCalculator.SalarySegment;
import se.servicekontor.payroll.rules.PayCalculator.Variable;

/** Money adds up for any employee: lines sum to gross, gross − tax − net deductions = net, more pay never less tax. */
class PayCalculatorProperties {

    final PayCalculator calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
            new PayCalendar(), PayCalculator.AgreementRates.AB_2026);

    @Property(tries = 300)
    void grossLessTaxLessDeductionsIsNetToTheOre(@ForAll @BigRange(min = "15000", max = "95000") BigDecimal salary,
                                                 @ForAll @IntRange(min = 29, max = 42) int table,
                                                 @ForAll @IntRange(min = 1, max = 6) int column,
                                                 @ForAll @IntRange(min = 0, max = 20) int overtimeHours,
                                                 @ForAll @IntRange(min = 0, max = 3000) int deduction,
                                                 @ForAll @IntRange(min = 1, max = 31) int startDay) {
        BigDecimal monthly = salary.setScale(2, java.math.RoundingMode.DOWN);
        var result = calculator.calculate(YearMonth.of(2026, 10), LocalDate.of(1985, 6, 1), new TaxDecision.Table(table, column),
                List.of(new SalarySegment(LocalDate.of(2026, 10, startDay), LocalDate.of(2026, 10, 31), monthly, new BigDecimal("100"))),
                monthly, List.of(new Variable.Overtime(BigDecimal.valueOf(overtimeHours), false),
                        new Variable.NetDeduction(BigDecimal.valueOf(deduction))));
        BigDecimal taxableLines = result.lines().stream().filter(PayLine::taxable).map(PayLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.grossTaxable()).isEqualByComparingTo(taxableLines);
        assertThat(result.net()).isEqualByComparingTo(result.grossTaxable().subtract(result.tax()).subtract(result.netDeductions()));
        assertThat(result.net().scale()).isEqualTo(2);
    }

    @Property(tries = 200)
    void moneyAddsUpWithEveryKindOfVariable(@ForAll @BigRange(min = "15000", max = "95000") BigDecimal salary,
                                            @ForAll @IntRange(min = 0, max = 60) int sickDays,
                                            @ForAll @IntRange(min = 0, max = 80) int hours,
                                            @ForAll @IntRange(min = 0, max = 40000) int oneOff,
                                            @ForAll @IntRange(min = 0, max = 20) int leaveDays) {
        BigDecimal monthly = salary.setScale(2, java.math.RoundingMode.DOWN);
        LocalDate firstSick = LocalDate.of(2026, 8, 20);
        LocalDate lastSick = firstSick.plusDays(sickDays);
        var result = calculator.calculate(YearMonth.of(2026, 10), LocalDate.of(1985, 6, 1), new TaxDecision.Table(33, 1),
                List.of(new SalarySegment(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), monthly, new BigDecimal("100"))),
                monthly, List.of(
                        new Variable.Sickness(firstSick, PayCalculator.weekdays(firstSick, lastSick).stream()
                                .filter(d -> d.getMonthValue() == 9).toList(), false, lastSick),
                        new Variable.HourlyWork(BigDecimal.valueOf(hours), new BigDecimal("187.50")),
                        new Variable.LeaveOfAbsence(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1).plusDays(leaveDays),
                                PayCalculator.weekdays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1).plusDays(leaveDays))),
                        new Variable.OneOffPayment(BigDecimal.valueOf(oneOff), Variable.OneOffPayment.Kind.BONUS)));
        BigDecimal taxableLines = result.lines().stream().filter(PayLine::taxable).map(PayLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.grossTaxable()).isEqualByComparingTo(taxableLines);
        assertThat(result.net()).isEqualByComparingTo(result.grossTaxable().subtract(result.tax()).subtract(result.netDeductions()));
        assertThat(result.tax()).isLessThanOrEqualTo(result.grossTaxable().max(BigDecimal.ZERO));
        assertThat(result.pension().total().signum()).isGreaterThanOrEqualTo(0);
        assertThat(result.lines()).allSatisfy(l -> {
            assertThat(l.earnedFrom()).isNotNull();
            assertThat(l.earnedTo()).isAfterOrEqualTo(l.earnedFrom());
        });
    }

    /*
     * The official tables are monotone within the kronor rows (up to 80 000 kr) and within the
     * percentage rows (from 80 001 kr), but not across the seam: table 32 column 1 takes 25 944 kr
     * at 80 000 kr and 32 % = 25 600 kr at 80 001 kr (SKV 433). The property therefore holds on
     * each side of the seam; the seam itself is pinned by an example in PreliminaryTaxTests.
     */
    @Property(tries = 300)
    void anAdditionNeverLowersTheTaxWithinTheKronorRows(@ForAll @BigRange(min = "10000", max = "75000") BigDecimal salary,
                                                        @ForAll @IntRange(min = 1, max = 5000) int addition,
                                                        @ForAll @IntRange(min = 29, max = 42) int table) {
        assertAdditionDoesNotLowerTax(salary, addition, table);
    }

    @Property(tries = 300)
    void anAdditionNeverLowersTheTaxWithinThePercentageRows(@ForAll @BigRange(min = "80001", max = "150000") BigDecimal salary,
                                                            @ForAll @IntRange(min = 1, max = 5000) int addition,
                                                            @ForAll @IntRange(min = 29, max = 42) int table) {
        assertAdditionDoesNotLowerTax(salary, addition, table);
    }

    private void assertAdditionDoesNotLowerTax(BigDecimal salary, int addition, int table) {
        BigDecimal monthly = salary.setScale(2, java.math.RoundingMode.DOWN);
        List<SalarySegment> month = List.of(new SalarySegment(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), monthly, new BigDecimal("100")));
        TaxDecision decision = new TaxDecision.Table(table, 1);
        var without = calculator.calculate(YearMonth.of(2026, 10), LocalDate.of(1985, 6, 1), decision, month, monthly, List.of());
        var with = calculator.calculate(YearMonth.of(2026, 10), LocalDate.of(1985, 6, 1), decision, month, monthly,
                List.of(new Variable.Addition(BigDecimal.valueOf(addition))));
        assertThat(with.tax()).isGreaterThanOrEqualTo(without.tax());
        assertThat(with.employerContributions()).isGreaterThanOrEqualTo(without.employerContributions());
    }
}

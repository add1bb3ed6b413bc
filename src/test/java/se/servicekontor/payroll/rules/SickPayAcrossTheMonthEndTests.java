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
 * A sick period that begins at the end of one month and goes on into the next is paid in two runs (eftersläp). The
 * karensavdrag belongs to the period, not the month (DOMAIN.md §3: "if day 1 has too little, the rest continues on the next
 * days"): what the first month's part could not carry is taken from the second month's part. Arithmetic by hand.
 */
class SickPayAcrossTheMonthEndTests {

    static final LocalDate BORN_1980 = LocalDate.of(1980, 3, 14);
    static final TaxDecision TABLE_33 = new TaxDecision.Table(33, 1);
    static final BigDecimal SALARY = new BigDecimal("26000");
    static final LocalDate FRIDAY_30_JANUARY = LocalDate.of(2026, 1, 30);

    final PayCalculator calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
            new PayCalendar(), PayCalculator.AgreementRates.AB_2026);

    @Test
    void theFirstMonthsPartLeavesWhatItCouldNotCarry() {
        // 26 000: work-day pay 26 000 × 12 / 260 = 1 200.00; sick 50 % on Friday 30 January → lost 600.00, sick pay 80 % = 480.00.
        // Average week's sick pay 26 000 × 12 × 0.8 / 52 = 4 800.00; karensavdrag 20 % = 960.00 → 480.00 taken, 480.00 left.
        SickPay.Result january = new SickPay().calculate(FRIDAY_30_JANUARY,
                List.of(new SickPay.SickDay(FRIDAY_30_JANUARY, new BigDecimal("600.00"))), SickPay.averageWeekSickPay(SALARY), true);
        assertThat(january.karensTaken()).isEqualByComparingTo("480.00");
        assertThat(january.karensLeft()).isEqualByComparingTo("480.00");
        assertThat(january.total()).isEqualByComparingTo("0.00");
    }

    @Test
    void theCalculatorSaysWhatOfTheKarensavdragIsLeftForTheNextRun() {
        // January's part paid in February: AB § 28 day value in January (31 days) 26 000 / 31 × 7/5 = 1 174.193… → 1 174.19;
        // 50 % = 587.095 → 587.10 lost; sick pay 80 % = 469.68, all taken by the karensavdrag 960.00 → 490.32 left for the
        // period from 30 January; sick pay paid 0.00
        var result = calculator.calculate(YearMonth.of(2026, 2), BORN_1980, TABLE_33,
                List.of(new SalarySegment(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), SALARY, new BigDecimal("100"))), SALARY,
                List.of(new Variable.Sickness(FRIDAY_30_JANUARY, List.of(FRIDAY_30_JANUARY), true, LocalDate.of(2026, 1, 31),
                        new BigDecimal("50"))));
        assertThat(result.karensLeft()).containsOnlyKeys(FRIDAY_30_JANUARY);
        assertThat(result.karensLeft().get(FRIDAY_30_JANUARY)).isEqualByComparingTo("490.32");
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("26000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-587.10")),
                tuple("SJUKLON", new BigDecimal("0.00")));
    }

    @Test
    void theSecondMonthsPartTakesTheRestInsteadOfANewKarens() {
        // February's part, Monday 2 – Wednesday 4 February at 50 %, paid in March. Day value in February (28 days):
        // 26 000 / 28 × 7/5 = 1 300.00; 50 % = 650.00; 3 × 650.00 = 1 950.00 deducted; sick pay 80 % = 520.00 a day,
        // 3 × 520.00 = 1 560.00 less the 490.32 January left = 1 069.68 (a new karensavdrag would have taken 960.00).
        var result = calculator.calculate(YearMonth.of(2026, 3), BORN_1980, TABLE_33,
                List.of(new SalarySegment(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), SALARY, new BigDecimal("100"))), SALARY,
                List.of(new Variable.Sickness(FRIDAY_30_JANUARY, PayCalculator.weekdays(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4)),
                        false, LocalDate.of(2026, 2, 4), new BigDecimal("50"), new BigDecimal("490.32"))));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::amount).containsExactly(
                tuple("MANADSLON", new BigDecimal("26000.00")),
                tuple("SJUKAVDRAG", new BigDecimal("-1950.00")),
                tuple("SJUKLON", new BigDecimal("1069.68")));
        assertThat(result.lines().get(2).text()).contains("karensavdrag 490.32");
        assertThat(result.grossTaxable()).isEqualByComparingTo("25119.68"); // 26 000 − 1 950 + 1 069.68
    }

    @Test
    void aCarriedRestAndANewKarensExcludeEachOther() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable.Sickness(FRIDAY_30_JANUARY,
                List.of(LocalDate.of(2026, 2, 2)), true, LocalDate.of(2026, 2, 2), new BigDecimal("100"), new BigDecimal("480.00")));
    }
}

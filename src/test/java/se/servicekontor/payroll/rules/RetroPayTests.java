package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.rules.PayCalculator.PayLine;
import se.servicekontor.payroll.rules.RetroPay.PaidMonth;
import se.servicekontor.payroll.rules.RetroPay.RateChange;
import se.servicekontor.payroll.rules.RetroPay.SalaryChange;

/** DOMAIN.md §3: retro pay = the difference per historic month with the rules valid then (pro-rating by calendar days). */
class RetroPayTests {

    static SalaryChange salary(String from, String amount) {
        return new SalaryChange(LocalDate.parse(from), new BigDecimal(amount));
    }

    static RateChange rate(String from, String percent) {
        return new RateChange(LocalDate.parse(from), new BigDecimal(percent));
    }

    static PaidMonth paid(String month, String amount) {
        return new PaidMonth(YearMonth.parse(month), new BigDecimal(amount));
    }

    @Test
    void aPayReviewDecidedInSeptemberIsPaidBackToApril() {
        // 30 000 until 31 March, 31 500 from 1 April (decided later); April–May paid at 30 000 (+1 500 each).
        // 75 % from 16 June. June (30 days) paid: 30 000 × 15/30 = 15 000 + 22 500 × 15/30 = 11 250 = 26 250.00;
        //   due: 31 500 × 15/30 = 15 750 + 23 625 × 15/30 = 11 812.50 = 27 562.50 → +1 312.50.
        // July paid 22 500, due 31 500 × 75 % = 23 625 → +1 125.00.  Total 1 500 + 1 500 + 1 312.50 + 1 125 = 5 437.50
        var result = RetroPay.calculate(List.of(salary("2025-04-01", "30000"), salary("2026-04-01", "31500")),
                List.of(rate("2025-01-01", "100"), rate("2026-06-16", "75")),
                List.of(paid("2026-04", "30000"), paid("2026-05", "30000"), paid("2026-06", "26250"), paid("2026-07", "22500")));
        assertThat(result.months()).extracting(RetroPay.MonthDifference::difference).containsExactly(new BigDecimal("1500.00"),
                new BigDecimal("1500.00"), new BigDecimal("1312.50"), new BigDecimal("1125.00"));
        assertThat(result.months().get(2).due()).isEqualByComparingTo("27562.50");
        assertThat(result.total()).isEqualByComparingTo("5437.50");
        assertThat(result.oneOffPayments()).extracting(PayCalculator.Variable.OneOffPayment::text)
                .containsExactly("Retroaktiv lön 2026-04", "Retroaktiv lön 2026-05", "Retroaktiv lön 2026-06", "Retroaktiv lön 2026-07");
        assertThat(result.totalAsOneOffPayment()).hasValueSatisfying(p -> {
            assertThat(p.text()).isEqualTo("Retroaktiv lön 2026-04–2026-07");
            assertThat(p.amount()).isEqualByComparingTo("5437.50");
        });
    }

    @Test
    void aChangeInTheMiddleOfALeapFebruaryIsProRatedOver29Days() {
        // February 2028 has 29 days; 29 000 until 14 Feb, 29 870 from 15 Feb: 29 000 × 14/29 = 14 000.00 + 29 870 × 15/29
        // = 448 050 / 29 = 15 450.00 → due 29 450.00; paid 29 000 → +450.00
        var result = RetroPay.calculate(List.of(salary("2027-04-01", "29000"), salary("2028-02-15", "29870")),
                List.of(rate("2027-04-01", "100")), List.of(paid("2028-02", "29000")));
        assertThat(result.months().get(0).due()).isEqualByComparingTo("29450.00");
        assertThat(result.total()).isEqualByComparingTo("450.00");
    }

    @Test
    void aStartInTheMiddleOfTheMonthCountsOnlyTheEmployedDays() {
        // employed from 10 April 2026 (21 of April's 30 days): paid 30 000 × 21/30 = 21 000; due 31 500 × 21/30 = 22 050 → +1 050
        var result = RetroPay.calculate(List.of(salary("2026-04-01", "31500")), List.of(rate("2026-04-10", "100")),
                List.of(paid("2026-04", "21000")));
        assertThat(result.total()).isEqualByComparingTo("1050.00");
    }

    @Test
    void aBackdatedRateCutGivesANegativeDifference() {
        // 40 000 at 100 % paid for May 2026; a 50 % rate from 1 May reported late: due 20 000 → −20 000.00
        var result = RetroPay.calculate(List.of(salary("2026-01-01", "40000")),
                List.of(rate("2026-01-01", "100"), rate("2026-05-01", "50")), List.of(paid("2026-05", "40000")));
        assertThat(result.total()).isEqualByComparingTo("-20000.00");
    }

    @Test
    void nothingOwedNoLine() {
        var result = RetroPay.calculate(List.of(salary("2026-01-01", "30000")), List.of(rate("2026-01-01", "100")),
                List.of(paid("2026-04", "30000")));
        assertThat(result.oneOffPayments()).isEmpty();
        assertThat(result.totalAsOneOffPayment()).isEmpty();
    }

    @Test
    void aMonthPaidTwiceIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetroPay.calculate(List.of(salary("2026-01-01", "30000")),
                List.of(rate("2026-01-01", "100")), List.of(paid("2026-04", "30000"), paid("2026-04", "30000"))));
    }

    @Test
    void theRetroPayIsPaidAsOneOffPaymentsWithTheSalary() {
        // October 2026: 31 500 salary + retro 1 500 + 1 500 (April, May) = 3 000 one-off.
        // Monthly table 33 col 1 on 31 500 (row "30B33  31401  31600 6280 …" → 6 280, Skatteverket's file);
        // one-off: 31 500 × 12 + 3 000 = 381 000 → 26 % (UNCONFIRMED 2026 column 1) → 780. Tax 6 280 + 780 = 7 060.
        var retro = RetroPay.calculate(List.of(salary("2025-04-01", "30000"), salary("2026-04-01", "31500")),
                List.of(rate("2025-01-01", "100")), List.of(paid("2026-04", "30000"), paid("2026-05", "30000")));
        var calculator = new PayCalculator(new PreliminaryTax(TaxTables.bundled(2026)), EmployerContributions.bundled(),
                new PayCalendar(), PayCalculator.AgreementRates.AB_2026);
        var result = calculator.calculate(YearMonth.of(2026, 10), LocalDate.of(1980, 3, 14), new TaxDecision.Table(33, 1),
                List.of(new PayCalculator.SalarySegment(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), new BigDecimal("31500"),
                        new BigDecimal("100"))), new BigDecimal("31500"), List.copyOf(retro.oneOffPayments()));
        assertThat(result.lines()).extracting(PayLine::code, PayLine::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MANADSLON", "Månadslön 2026-10-01–2026-10-31"),
                org.assertj.core.groups.Tuple.tuple("RETRO", "Retroaktiv lön 2026-04"),
                org.assertj.core.groups.Tuple.tuple("RETRO", "Retroaktiv lön 2026-05"));
        assertThat(result.tax()).isEqualByComparingTo("7060");
        // the retro lines keep their historic earning months
        assertThat(result.lines()).extracting(PayLine::earnedFrom, PayLine::earnedTo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
    }
}

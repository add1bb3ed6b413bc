package se.servicekontor.supplierinvoice.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.SwedishCalendar;
import se.servicekontor.supplierinvoice.payment.PaymentPlan.Payable;
import se.servicekontor.supplierinvoice.payment.PaymentPlan.Plan;
import se.servicekontor.supplierinvoice.payment.PaymentPlan.SupplierPayment;

/** Dates from ../shared/data/calendar/SWEDISH-BANK-DAYS.md: 24–26 Dec 2026 closed, 31 Dec and 1 Jan closed. */
class PaymentPlanTests {

    static final LocalDate MON_21_DEC = LocalDate.of(2026, 12, 21);
    final PaymentPlan plan = new PaymentPlan(SwedishCalendar.instance());

    static Payable p(String invoice, String supplier, String due, String amount) {
        return new Payable(invoice, supplier, LocalDate.parse(due), Amount.ofKronor(amount));
    }

    @Test
    void theHorizonIsTodayAndTheNextThreeBankDaysOverChristmas() {
        // bank days after Mon 21 Dec: Tue 22, Wed 23, (24 julafton, 25 juldagen, 26 Sat, 27 Sun) Mon 28
        assertThat(plan.horizonEnd(MON_21_DEC, 3)).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aDueDateOnAClosedDayIsPaidTheBankDayBeforeAndAnOverdueOneToday() {
        assertThat(plan.payDay(LocalDate.of(2026, 12, 26), MON_21_DEC)).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(plan.payDay(LocalDate.of(2027, 1, 1), MON_21_DEC)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(plan.payDay(LocalDate.of(2026, 12, 15), MON_21_DEC)).isEqualTo(MON_21_DEC);
    }

    @Test
    void takesWhatFallsDueWithinTheHorizonOnePaymentPerSupplierAndDay() {
        Plan result = plan.plan(List.of(
                p("A1", "A", "2026-12-26", "100.00"),   // Sat → Wed 23
                p("A2", "A", "2026-12-23", "50.00"),    // Wed 23: same payment as A1
                p("A3", "A", "2026-12-28", "10.00"),    // Mon 28: last day of the horizon
                p("A4", "A", "2026-12-29", "999.00"),   // after the horizon
                p("B1", "B", "2026-12-01", "70.00")),   // overdue → today
                MON_21_DEC, 3);
        assertThat(result.payments()).extracting(SupplierPayment::supplier, SupplierPayment::executionDate, x -> x.amount().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B", MON_21_DEC, "70,00\u00A0kr"),
                        org.assertj.core.groups.Tuple.tuple("A", LocalDate.of(2026, 12, 23), "150,00\u00A0kr"),
                        org.assertj.core.groups.Tuple.tuple("A", LocalDate.of(2026, 12, 28), "10,00\u00A0kr"));
        // 70 + 150 + 10 = 230
        assertThat(result.total()).isEqualTo(Amount.ofKronor("230.00"));
    }

    @Test
    void creditNotesAreSetOffWholeAndNeverMakeAPaymentZeroOrNegative() {
        Plan result = plan.plan(List.of(
                p("A1", "A", "2026-12-22", "1000.00"), p("AC", "A", "2026-12-22", "-300.00"),
                p("B1", "B", "2026-12-22", "200.00"), p("BC", "B", "2026-11-30", "-500.00"),
                p("C1", "C", "2026-12-22", "100.00"), p("C2", "C", "2026-12-23", "1000.00"), p("CC", "C", "2026-12-10", "-400.00"),
                p("D1", "D", "2026-12-22", "100.00"), p("DC", "D", "2026-12-22", "-100.00")),
                MON_21_DEC, 3);
        assertThat(result.payments()).extracting(SupplierPayment::supplier, x -> x.amount().value().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", "700.00"),  // 1000 − 300
                        org.assertj.core.groups.Tuple.tuple("B", "200.00"),  // the 500 credit exceeds 200: it waits
                        org.assertj.core.groups.Tuple.tuple("C", "100.00"),  // 100 − 400 < 0: not on the 22nd
                        org.assertj.core.groups.Tuple.tuple("D", "100.00"),  // 100 − 100 = 0 is no payment: waits
                        org.assertj.core.groups.Tuple.tuple("C", "600.00")); // 1000 − 400 on the 23rd
        assertThat(result.waitingCredits()).extracting(Payable::invoice).containsExactly("BC", "DC");
        assertThat(result.payments()).allSatisfy(x -> assertThat(x.amount().isPositive()).isTrue());
    }

    @Test
    void lateInterestIsReferenceRatePlusEightPointsAndTheFeeIs450() {
        // 10 000,00 × (2,00 % + 8 %) × 30 / 365 = 82,1917… → 82,19
        LatePayment late = LatePayment.of(Amount.ofKronor("10000.00"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                new BigDecimal("2.00"));
        assertThat(late.daysLate()).isEqualTo(30);
        assertThat(late.interest()).isEqualTo(Amount.ofKronor("82.19"));
        assertThat(late.fee()).isEqualTo(Amount.ofKronor("450.00"));
        assertThat(late.total()).isEqualTo(Amount.ofKronor("532.19"));
        assertThat(LatePayment.of(Amount.ofKronor("10000.00"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1),
                new BigDecimal("2.00")).total()).isEqualTo(Amount.ZERO);
    }
}

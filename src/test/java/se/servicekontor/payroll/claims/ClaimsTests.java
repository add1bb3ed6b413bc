package se.servicekontor.payroll.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.payrun.PayRuns;
import se.servicekontor.shared.Amount;
import se.servicekontor.testing.PostgresTest;

/**
 * Löneskulder: repayments, write-offs and an agreed monthly recovery change the claim a released run left, are audited, and
 * compose with pay runs — the next run recovers the agreed amount, and a change made while a final run waits for release is
 * kept when it is released. Each test has an employee of its own, employed only in the test's months. A claim of 3 000 kr:
 * salary 30 000, tax 5 878 (table 33 col 1), net 24 122; a deduction of 27 122 → net 24 122 − 27 122 = −3 000.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.payroll.claim-recovery-percent=25.0") // own context and database: months of its own
class ClaimsTests {

    @Autowired Claims claims;
    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired Clock clock;
    ClaimTestRuns runs;

    @BeforeEach
    void setUp() {
        runs = new ClaimTestRuns(payRuns, jdbc, jobRepository);
    }

    @Test
    void theNextRunRecoversTheAgreedAmountAndTheConfiguredPercentageOnceItIsCleared() {
        long anna = runs.employeeWithDeduction("19850212345", "Anna", false, YearMonth.of(2026, 1), YearMonth.of(2026, 4), "27122");
        runs.released(YearMonth.of(2026, 2));
        assertThat(runs.claim(anna)).isEqualByComparingTo("3000.00");

        // Agreed with Anna: 500 kr a month. March: min(500, claim 3 000, net 24 122) = 500 → pays 24 122 − 500 = 23 622; 2 500 left.
        // (Without the agreement 25 % of 24 122 = 6 030.50 would take all 3 000.)
        claims.agreeRecovery(anna, Amount.ofKronor("500"), "Överenskommelse 2026-03-01", "lon1");
        PayRunId march = runs.released(YearMonth.of(2026, 3));
        assertThat(runs.recoveredAndNet(march, anna)).containsExactly(new BigDecimal("500.00"), new BigDecimal("23622.00"));
        assertThat(runs.claim(anna)).isEqualByComparingTo("2500.00");
        assertThat(jdbc.sql("SELECT agreed_monthly_recovery FROM payroll_claim WHERE employee_id = ?").param(anna)
                .query(BigDecimal.class).single()).as("the agreement stays while the claim is open").isEqualByComparingTo("500.00");

        // Cleared: April recovers at most 25 % of 24 122 = 6 030.50, but only 2 500 is owed → pays 24 122 − 2 500 = 21 622; nothing left.
        claims.agreeRecovery(anna, null, null, "lon1");
        PayRunId april = runs.released(YearMonth.of(2026, 4));
        assertThat(runs.recoveredAndNet(april, anna)).containsExactly(new BigDecimal("2500.00"), new BigDecimal("21622.00"));
        assertThat(runs.claim(anna)).isNull();
        assertThat(runs.audits("payroll.claim.agreement", anna)).isEqualTo(2);

        ClaimDetail detail = claims.claim(anna, true).orElseThrow();
        assertThat(detail.isOpen()).isFalse();
        assertThat(detail.history()).extracting(e -> e.kind(), e -> e.change(), e -> e.agreed(), e -> e.after()).containsExactly(
                tuple("RAISED", Amount.ofKronor("3000"), null, Amount.ofKronor("3000")),
                tuple("AGREEMENT", null, Amount.ofKronor("500"), Amount.ofKronor("3000")),
                tuple("RECOVERED", Amount.ofKronor("-500"), null, Amount.ofKronor("2500")),
                tuple("AGREEMENT", null, null, Amount.ofKronor("2500")),
                tuple("RECOVERED", Amount.ofKronor("-2500"), null, Amount.ofKronor("0")));
    }

    @Test
    void aRepaymentAndAWriteOffReduceTheClaimAreRecordedAndAudited() {
        long bo = runs.employeeWithDeduction("19790423456", "Bo", false, YearMonth.of(2026, 5), YearMonth.of(2026, 6), "27122");
        PayRunId june = runs.released(YearMonth.of(2026, 6));
        assertThat(runs.claim(bo)).isEqualByComparingTo("3000.00");

        // 3 000 − 1 250.50 repaid = 1 749.50
        claims.recordRepayment(bo, Amount.ofKronor("1 250,50"), LocalDate.of(2026, 6, 28), "OCR 4711", "lon1");
        assertThat(runs.claim(bo)).isEqualByComparingTo("1749.50");
        assertThat(jdbc.sql("SELECT changed_by_pay_run_id, changed_by_adjustment_id FROM payroll_claim WHERE employee_id = ?").param(bo)
                .query((rs, n) -> tuple(rs.getObject(1), rs.getObject(2) != null)).single()).isEqualTo(tuple(null, true));
        assertThat(jdbc.sql("SELECT opened_by_pay_run_id FROM payroll_claim WHERE employee_id = ?").param(bo).query(Long.class).single())
                .as("still the run that raised it").isEqualTo(june.value());
        assertThat(runs.audits("payroll.claim.repaid", bo)).isOne();
        assertThat(jdbc.sql("SELECT before_value, after_value, actor FROM audit_entry WHERE action = 'payroll.claim.repaid' AND subject = ?")
                .param("anställd " + bo + " löneskuld").query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3))).single())
                .satisfies(t -> {
                    assertThat(t.toList().get(0)).isEqualTo("3\u00a0000,00\u00a0kr");
                    assertThat((String) t.toList().get(1)).startsWith("1\u00a0749,50\u00a0kr").contains("OCR 4711").contains("2026-06-28");
                    assertThat(t.toList().get(2)).isEqualTo("lon1");
                });

        // The rest written off: 1 749.50 − 1 749.50 = 0 → the claim is closed — once a second officer confirms it (issue 12)
        claims.writeOff(bo, Amount.ofKronor("1749.50"), "Anställningen har upphört; indrivning bedöms inte lönsam.", "lon1");
        assertThat(runs.claim(bo)).isEqualByComparingTo("1749.50");
        assertThat(runs.audits("payroll.claim.writeOffRequested", bo)).isOne();
        assertThatThrownBy(() -> claims.confirmWriteOff(bo, " LON1")).isInstanceOf(ClaimRefused.class)
                .hasMessageContaining("fyraögonsprincipen");
        assertThat(runs.claim(bo)).isEqualByComparingTo("1749.50");
        claims.confirmWriteOff(bo, "lon2");
        assertThat(runs.claim(bo)).isNull();
        assertThat(claims.writeOffRequest(bo)).isEmpty();
        assertThat(runs.audits("payroll.claim.writtenOff", bo)).isOne();
        assertThat(jdbc.sql("SELECT kind, amount, claim_before, claim_after, reference, reason FROM payroll_claim_adjustment WHERE employee_id = ? ORDER BY id")
                .param(bo).query((rs, n) -> tuple(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getString(6))).list())
                .containsExactly(
                        tuple("REPAYMENT", new BigDecimal("1250.50"), new BigDecimal("3000.00"), new BigDecimal("1749.50"), "OCR 4711", null),
                        tuple("WRITE_OFF", new BigDecimal("1749.50"), new BigDecimal("1749.50"), new BigDecimal("0.00"), null,
                                "Anställningen har upphört; indrivning bedöms inte lönsam."));
        assertThatThrownBy(() -> claims.recordRepayment(bo, Amount.ofKronor("1"), LocalDate.of(2026, 6, 28), null, "lon1"))
                .isInstanceOf(ClaimRefused.class).hasMessage("Den anställda har ingen öppen löneskuld.");
    }

    @Test
    void invalidChangesAreRefusedAndLeaveTheClaimAsItWas() {
        long cilla = runs.employeeWithDeduction("19900815234", "Cilla", false, YearMonth.of(2026, 7), YearMonth.of(2026, 8), "27122");
        runs.released(YearMonth.of(2026, 8));
        LocalDate paid = LocalDate.of(2026, 8, 30);

        assertThatThrownBy(() -> claims.recordRepayment(cilla, Amount.ofKronor("0"), paid, null, "lon1"))
                .isInstanceOf(ClaimRefused.class).hasMessage("Beloppet måste vara större än 0 kr.");
        assertThatThrownBy(() -> claims.writeOff(cilla, Amount.ofKronor("-10"), "skäl", "lon1"))
                .isInstanceOf(ClaimRefused.class).hasMessage("Beloppet måste vara större än 0 kr.");
        assertThatThrownBy(() -> claims.recordRepayment(cilla, Amount.ofKronor("3000.01"), paid, null, "lon1"))
                .isInstanceOf(ClaimRefused.class).hasMessage("Beloppet är större än löneskulden (3\u00a0000,00\u00a0kr).");
        assertThatThrownBy(() -> claims.writeOff(cilla, Amount.ofKronor("100"), "  ", "lon1"))
                .isInstanceOf(ClaimRefused.class).hasMessage("Ange skälet till avskrivningen.");
        assertThatThrownBy(() -> claims.recordRepayment(cilla, Amount.ofKronor("100"), LocalDate.now(clock).plusDays(1), null, "lon1"))
                .isInstanceOf(ClaimRefused.class).hasMessage("Betalningsdagen kan inte vara i framtiden.");
        assertThatThrownBy(() -> claims.agreeRecovery(cilla, Amount.ofKronor("3500"), null, "lon1"))
                .isInstanceOf(ClaimRefused.class).hasMessage("Avräkningen per månad kan inte vara större än löneskulden (3\u00a0000,00\u00a0kr).");
        assertThatThrownBy(() -> Amount.ofKronor("10,005")).as("öre fractions never become an amount")
                .isInstanceOf(IllegalArgumentException.class);

        // A final run being calculated may have read the claim already: no repayment or write-off until it is done
        long calculating = jdbc.sql("""
                INSERT INTO pay_run (period, kind, status, started_by, started_at, payday, expected_employees)
                VALUES ('2027-05', 'FINAL', 'RUNNING', 'lon1', now(), DATE '2027-05-25', 0) RETURNING id""").query(Long.class).single();
        assertThatThrownBy(() -> claims.recordRepayment(cilla, Amount.ofKronor("100"), paid, null, "lon1"))
                .isInstanceOf(ClaimRefused.class).hasMessage("Den slutliga lönekörningen " + calculating
                        + " för 2027-05 beräknas just nu och kan redan ha läst löneskulden. Registrera ändringen när den är klar.");
        jdbc.sql("DELETE FROM pay_run WHERE id = ?").param(calculating).update();

        assertThat(runs.claim(cilla)).isEqualByComparingTo("3000.00");
        assertThat(jdbc.sql("SELECT count(*) FROM payroll_claim_adjustment WHERE employee_id = ?").param(cilla).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = ? AND action <> 'payroll.claim.changed'")
                .param("anställd " + cilla + " löneskuld").query(Long.class).single()).isZero();
        // the whole claim may be repaid
        claims.recordRepayment(cilla, Amount.ofKronor("3000"), paid, null, "lon1");
        assertThat(runs.claim(cilla)).isNull();
    }

    @Test
    void aRepaymentWhileTheFinalRunWaitsForReleaseIsKeptAndARunRecoveringMoreThanIsOwedIsNotReleased() {
        long dan = runs.employeeWithDeduction("19681130123", "Dan", false, YearMonth.of(2026, 9), YearMonth.of(2026, 12), "27122");
        runs.released(YearMonth.of(2026, 10));
        claims.agreeRecovery(dan, Amount.ofKronor("500"), null, "lon1");

        // November's final run is calculated from the claim 3 000: it recovers 500 and leaves 2 500 as it sees it.
        PayRunId november = runs.calculatedFinal(YearMonth.of(2026, 11));
        assertThat(runs.recoveredAndNet(november, dan)).containsExactly(new BigDecimal("500.00"), new BigDecimal("23622.00"));
        ClaimDetail waiting = claims.claim(dan, true).orElseThrow();
        assertThat(waiting.pending()).extracting(p -> p.payRunId(), p -> p.recovered()).containsExactly(tuple(november.value(), Amount.ofKronor("500")));
        assertThat(waiting.adjustable()).isEqualTo(Amount.ofKronor("2500"));

        // Before release Dan pays back 1 000 → 2 000. More than 3 000 − 500 = 2 500 in all would make him pay twice: refused.
        claims.recordRepayment(dan, Amount.ofKronor("1000"), LocalDate.of(2026, 11, 10), "Bg 123", "lon1");
        assertThat(runs.claim(dan)).isEqualByComparingTo("2000.00");
        assertThatThrownBy(() -> claims.writeOff(dan, Amount.ofKronor("1500.01"), "skäl", "lon1"))
                .isInstanceOf(ClaimRefused.class)
                .hasMessage("Högst 1\u00a0500,00\u00a0kr kan registreras nu: löneskulden är 2\u00a0000,00\u00a0kr och den slutliga lönekörningen "
                        + november.value() + " för 2026-11 (inte attesterad) avräknar 500,00\u00a0kr från den.");

        // Release applies the run's 500 to the claim as it is now: 2 000 − 500 = 1 500 (not the run's 2 500).
        payRuns.release(november, "lon2");
        assertThat(runs.claim(dan)).isEqualByComparingTo("1500.00");
        assertThat(claims.claim(dan, true).orElseThrow().history()).extracting(e -> e.kind(), e -> e.after()).containsExactly(
                tuple("RAISED", Amount.ofKronor("3000")), tuple("AGREEMENT", Amount.ofKronor("3000")),
                tuple("REPAYMENT", Amount.ofKronor("2000")), tuple("RECOVERED", Amount.ofKronor("1500")));

        // December's final run recovers the agreed 500. Then the claim is cut to 100 behind the application's back (as a second
        // month released in between could): release must refuse rather than take 400 more from Dan than he owes.
        PayRunId december = runs.calculatedFinal(YearMonth.of(2026, 12));
        assertThat(runs.recoveredAndNet(december, dan)[0]).isEqualByComparingTo("500.00");
        jdbc.sql("UPDATE payroll_claim SET amount = 100 WHERE employee_id = ?").param(dan).update();
        assertThatThrownBy(() -> payRuns.release(december, "lon2")).hasMessageContaining("Gör en ny preliminär och slutlig körning");
        assertThat(runs.claim(dan)).isEqualByComparingTo("100.00");
        assertThat(payRuns.run(december).orElseThrow().status().name()).isEqualTo("CALCULATED");
    }
}

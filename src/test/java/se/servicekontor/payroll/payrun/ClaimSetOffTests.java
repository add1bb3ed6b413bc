package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.PayrollProperties;
import se.servicekontor.payroll.rules.NetClaims;
import se.servicekontor.shared.Amount;

/**
 * Issue 12, part 2 item 7 — salary debts are recovered only as agreed (lag 1970:215 om arbetsgivares kvittningsrätt; DOMAIN.md
 * decisions 2026-12-08): without a recorded agreement with the employee an open claim is listed for follow-up and not set off
 * against net pay; with one, the agreed amount a month (never more than the claim or the month's net).
 * <p>
 * October 2026 at 35 000 kr, table 33 column 1: tax 7 134 (Skatteverket's row 34 801–35 000) → net 27 866.00.
 */
class ClaimSetOffTests {

    static final LocalDate BORN_1980 = LocalDate.of(1980, 3, 14);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void withoutAnAgreementTheClaimIsListedNotSetOff() {
        // open claim 5 000.00, no agreement: nothing recovered, the net 27 866.00 paid in full, the claim stays 5 000.00
        EmployeePay pay = calculate(new BigDecimal("5000.00"), null);
        assertThat(pay.lines()).extracting(EmployeePay.Line::code).doesNotContain("AVRSKULD");
        assertThat(pay.net()).isEqualByComparingTo("27866.00");
        assertThat(pay.claimAfter()).isEqualByComparingTo("5000.00");
        assertThat(pay.problems()).filteredOn(p -> p.code().equals("CLAIM_NOT_SET_OFF")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains(new Amount(new BigDecimal("5000.00")).toString(), "kvittningslagen 1970:215");
        });
    }

    @Test
    void withAnAgreementTheAgreedAmountIsSetOff() {
        // agreed 1 500.00 a month: 27 866.00 − 1 500.00 = 26 366.00 paid; claim 5 000.00 − 1 500.00 = 3 500.00
        EmployeePay pay = calculate(new BigDecimal("5000.00"), new BigDecimal("1500.00"));
        assertThat(pay.lines()).filteredOn(l -> l.code().equals("AVRSKULD")).extracting(EmployeePay.Line::amount)
                .containsExactly(new BigDecimal("-1500.00"));
        assertThat(pay.net()).isEqualByComparingTo("26366.00");
        assertThat(pay.claimAfter()).isEqualByComparingTo("3500.00");
        assertThat(pay.problems()).extracting(Problem::code).doesNotContain("CLAIM_NOT_SET_OFF");
    }

    @Test
    void theDefaultSettingSetsNothingOffWithoutAnAgreement() {
        // servicekontor.payroll.claim-recovery-percent not set: 0 %
        var properties = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource())
                .bindOrCreate("servicekontor.payroll", PayrollProperties.class);
        assertThat(properties.claimRecoveryPercent()).isZero();
    }

    @Test
    void theClaimsPagesSayNoSetOffWithoutAnAgreement() {
        var source = new org.springframework.context.support.ResourceBundleMessageSource();
        source.setBasenames("i18n/payroll");
        source.setDefaultEncoding("UTF-8");
        var sv = java.util.Locale.forLanguageTag("sv");
        assertThat(source.getMessage("payroll.claims.percentShort", new Object[] {BigDecimal.ZERO}, sv)).isEqualTo("ingen avräkning (inget avtal)");
        assertThat(source.getMessage("payroll.claims.percentShort", new Object[] {new BigDecimal("25")}, sv)).isEqualTo("högst 25 % av nettolönen");
        assertThat(source.getMessage("payroll.claim.percent", new Object[] {BigDecimal.ZERO}, java.util.Locale.ENGLISH))
                .isEqualTo("no set-off without an agreement (kvittningslagen 1970:215)");
    }

    private static EmployeePay calculate(BigDecimal openClaim, BigDecimal agreed) {
        var employment = EmploymentRateChangeTests.employment(1, "2020-01-01", "100", List.of(EmploymentRateChangeTests.salary("2020-01-01",
                "35000")), List.of());
        var processor = new EmployeePayCalculation(OCTOBER, new PayRules(se.servicekontor.payroll.referencedata.PayReferenceData::bundled), new PayRunChecks(new BigDecimal("20")),
                new NetClaims.RecoveryLimit.PercentOfNet(BigDecimal.ZERO));
        return processor.process(new EmployeeInput(1, BORN_1980, List.of(employment), List.of(), new Amount(new BigDecimal("27866.00")),
                List.of(), openClaim, agreed));
    }
}

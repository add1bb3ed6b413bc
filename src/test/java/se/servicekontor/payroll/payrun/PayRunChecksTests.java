package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.TaxKind;
import se.servicekontor.payroll.timereport.DeviationCode;
import se.servicekontor.shared.Amount;

/** The error list's checks (fellista), one finding at a time. */
class PayRunChecksTests {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final BigDecimal NET = new BigDecimal("25000.00");

    final PayRunChecks checks = new PayRunChecks(new BigDecimal("20"));

    @Test
    void aCompleteEmploymentGivesNoFindings() {
        assertThat(checks.check(NOVEMBER, employee(monthly()), monthly(), NET)).isEmpty();
    }

    @Test
    void aMissingTaxDecisionIsAnError() {
        var e = new EmployeeInput.Employment(1, "1030", LocalDate.of(2020, 1, 1), null, EmploymentForm.PERMANENT,
                new BigDecimal("100"), null, null, null, null, null, "5000", "1234567", salary("30000"));
        assertThat(checks.check(NOVEMBER, employee(e), e, NET)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TAX_DECISION_MISSING");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.employmentId()).isEqualTo(1L);
        });
    }

    @Test
    void aTableDecisionWithoutItsColumnIsMissing() {
        var e = new EmployeeInput.Employment(1, "1030", LocalDate.of(2020, 1, 1), null, EmploymentForm.PERMANENT,
                new BigDecimal("100"), TaxKind.TABLE, 33, null, null, "SKV 2026", "5000", "1234567", salary("30000"));
        assertThat(codes(checks.check(NOVEMBER, employee(e), e, NET))).containsExactly("TAX_DECISION_MISSING");
    }

    @Test
    void aTaxDecisionFromAnEarlierYearIsAnError() {
        var e = new EmployeeInput.Employment(1, "1030", LocalDate.of(2020, 1, 1), null, EmploymentForm.PERMANENT,
                new BigDecimal("100"), TaxKind.TABLE, 33, 1, null, "SKV 2025", "5000", "1234567", salary("30000"));
        assertThat(checks.check(NOVEMBER, employee(e), e, NET)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TAX_DECISION_OLD");
            assertThat(p.message()).isEqualTo("Skattebeslutet (SKV 2025) är från 2025; registrera skattebeslutet för 2026.");
        });
        assertThat(PayRunChecks.decisionYear("beslut 2026-01-12")).contains(2026);
        assertThat(PayRunChecks.decisionYear("ref 123456")).isEmpty();
        assertThat(PayRunChecks.decisionYear("SKV 2026")).contains(2026);
        assertThat(PayRunChecks.decisionYear("dnr 12019, beslut 1999")).contains(1999); // 12019 is not a year, 1999 is
        assertThat(PayRunChecks.decisionYear("20261 / 3020")).isEmpty();
    }

    @Test
    void aMissingBankAccountIsAnError() {
        var e = new EmployeeInput.Employment(1, "1030", LocalDate.of(2020, 1, 1), null, EmploymentForm.PERMANENT,
                new BigDecimal("100"), TaxKind.TABLE, 33, 1, null, "SKV 2026", null, null, salary("30000"));
        assertThat(codes(checks.check(NOVEMBER, employee(e), e, NET))).containsExactly("BANK_ACCOUNT_MISSING");
    }

    @Test
    void negativeNetPayAndZeroAreWarningsTheShortfallBecomesAClaim() {
        assertThat(checks.check(NOVEMBER, employee(monthly()), monthly(), new BigDecimal("-120.50"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("NET_NEGATIVE");
                    assertThat(p.severity()).isEqualTo(Severity.WARNING);
                    assertThat(p.message()).startsWith("Nettolönen är negativ (-120,50\u00a0kr); 0 kr betalas ut och 120,50\u00a0kr förs som löneskuld");
                });
        assertThat(checks.check(NOVEMBER, employee(monthly()), monthly(), new BigDecimal("0.00")))
                .extracting(Problem::code, Problem::severity).containsExactly(org.assertj.core.groups.Tuple.tuple("NET_ZERO", Severity.WARNING));
    }

    @Test
    void netPayChangedMoreThanTheLimitFromLastMonthIsAWarning() {
        var lastMonth = new EmployeeInput(7, LocalDate.of(1980, 3, 15), List.of(monthly()), List.of(), Amount.ofKronor("20000"));
        // 24 000 is +20 %: at the limit, no warning; 24 000,01 is over it
        assertThat(checks.check(NOVEMBER, lastMonth, monthly(), new BigDecimal("24000.00"))).isEmpty();
        assertThat(checks.check(NOVEMBER, lastMonth, monthly(), new BigDecimal("15000.00"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("NET_CHANGED");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).startsWith("Nettolönen har ändrats 25,0 % mot förra månaden");
        });
        assertThat(codes(checks.check(NOVEMBER, lastMonth, monthly(), new BigDecimal("24010.00")))).containsExactly("NET_CHANGED");
    }

    @Test
    void aDeviationOnAnEndedEmploymentIsAWarning() {
        var ended = new EmployeeInput.Employment(2, "1030", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 10, 15),
                EmploymentForm.FIXED_TERM, new BigDecimal("100"), TaxKind.TABLE, 33, 1, null, "SKV 2026", "5000", "1234567",
                salary("30000"));
        var deviation = new EmployeeInput.Deviation(9, 2, DeviationCode.OVERTIME_SIMPLE, LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 12), new BigDecimal("2"), null);
        var employee = new EmployeeInput(7, LocalDate.of(1980, 3, 15), List.of(ended), List.of(deviation), null);
        assertThat(checks.check(NOVEMBER, employee, ended, NET)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("DEVIATION_ON_ENDED_EMPLOYMENT");
            assertThat(p.employmentId()).isEqualTo(2L);
        });
    }

    @Test
    void anHourlyEmploymentWithoutAnHourlyRateIsAnError() {
        var hourly = new EmployeeInput.Employment(3, "4110", LocalDate.of(2026, 1, 1), null, EmploymentForm.HOURLY,
                new BigDecimal("100"), TaxKind.TABLE, 33, 1, null, "SKV 2026", "5000", "1234567", List.of());
        assertThat(codes(checks.check(NOVEMBER, employee(hourly), hourly, NET))).containsExactly("HOURLY_RATE_MISSING");
    }

    private static EmployeeInput.Employment monthly() {
        return new EmployeeInput.Employment(1, "1030", LocalDate.of(2020, 1, 1), null, EmploymentForm.PERMANENT,
                new BigDecimal("100"), TaxKind.TABLE, 33, 1, null, "SKV 2026", "5000", "1234567", salary("30000"));
    }

    private static List<EmployeeInput.Salary> salary(String amount) {
        return List.of(new EmployeeInput.Salary(LocalDate.of(2020, 1, 1), new BigDecimal(amount)));
    }

    private static EmployeeInput employee(EmployeeInput.Employment e) {
        return new EmployeeInput(7, LocalDate.of(1980, 3, 15), List.of(e), List.of(), null);
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }
}

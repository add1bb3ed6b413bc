package se.servicekontor.supplierinvoice.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.servicekontor.supplierinvoice.intake.validation.InvoiceValidator;
import se.servicekontor.supplierinvoice.intake.validation.RuleSet;
import se.servicekontor.supplierinvoice.intake.validation.ValidationReport;

/** The test and benchmark invoices are what they claim: valid Peppol BIS 3 with the Swedish rules, totals that add up. */
class GeneratedInvoicesTests {

    private static final InvoiceValidator validator = new InvoiceValidator();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 17, 50})
    void generatedInvoicesPassPeppolBis3IncludingTheSwedishRules(int lines) {
        for (int n = 0; n < 4; n++) {
            ValidationReport report = validator.validate("gen-" + n, GeneratedInvoices.invoice(n, lines, n * 31L + lines));
            assertThat(report.ruleSet()).as(report.toString()).isEqualTo(RuleSet.PEPPOL_UBL_INVOICE);
            assertThat(report.fatal()).as("supplier %d, %d lines", n, lines).isEmpty();
            assertThat(report.warnings()).isEmpty();
        }
    }

    @Test
    void linesAndVatAddUpToTheTotals() throws Exception {
        InvoiceContent content = InvoiceContentReader.read(validator.parse(GeneratedInvoices.invoice(3, 12, 99)));
        assertThat(content.lines()).hasSize(12);
        BigDecimal lines = content.lines().stream().map(InvoiceContent.Line::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal vat = content.vatBreakdown().stream().map(InvoiceContent.VatBreakdown::taxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(content.header().totals().lineNet()).isEqualByComparingTo(lines);
        assertThat(content.header().totals().amountDue()).isEqualByComparingTo(lines.add(vat));
        assertThat(content.seller().fSkatt()).isTrue();
        assertThat(content.paymentAccounts()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(InvoiceContent.PaymentAccount.Kind.BANKGIRO));
    }
}

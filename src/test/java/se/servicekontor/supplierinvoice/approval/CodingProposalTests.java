package se.servicekontor.supplierinvoice.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.supplierinvoice.CodingLine;
import se.servicekontor.supplierinvoice.VatTreatment;

/** The coding proposal from the supplier's last approved coding. */
class CodingProposalTests {

    static final CostCentreCode SKOLA = new CostCentreCode("2110");

    static CodingLine line(String account, String amount) {
        return new CodingLine(account, new CostCentreCode("2120"), null, "P1", new BigDecimal(amount), VatTreatment.DEDUCTIBLE);
    }

    @Test
    void theLastCodingsSharesAreScaledToThisInvoiceAndAddUpToTheÖre() {
        // last time 600 + 300 + 100 = 1 000; now 1 000,01 → 600,01 (600,006 half up), 300,00 (300,003), rest 100,00
        List<CodingLine> proposal = CodingProposal.propose(new BigDecimal("1000.01"), SKOLA,
                List.of(line("6440", "600.00"), line("6450", "300.00"), line("7010", "100.00")));
        assertThat(proposal).extracting(CodingLine::amount)
                .containsExactly(new BigDecimal("600.01"), new BigDecimal("300.00"), new BigDecimal("100.00"));
        assertThat(proposal).extracting(CodingLine::account).containsExactly("6440", "6450", "7010");
        assertThat(proposal).allMatch(l -> l.costCentre().equals(SKOLA) && "P1".equals(l.project()));
    }

    @Test
    void aCreditNoteGetsNegativeAmounts() {
        List<CodingLine> proposal = CodingProposal.propose(new BigDecimal("-500.00"), SKOLA,
                List.of(line("6440", "600.00"), line("6450", "400.00")));
        assertThat(proposal).extracting(CodingLine::amount)
                .containsExactly(new BigDecimal("-300.00"), new BigDecimal("-200.00")); // 60 % and 40 % of −500
    }

    @Test
    void withoutHistoryOneLineForTheWholeAmountOnTheRoutedCostCentre() {
        assertThat(CodingProposal.propose(new BigDecimal("800.00"), SKOLA, List.of()))
                .containsExactly(new CodingLine("", SKOLA, null, null, new BigDecimal("800.00"), VatTreatment.COMPENSATION));
    }
}

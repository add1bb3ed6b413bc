package se.servicekontor.supplierinvoice.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.supplierinvoice.CodingLine;
import se.servicekontor.supplierinvoice.InvoiceApproved;
import se.servicekontor.supplierinvoice.InvoiceId;
import se.servicekontor.supplierinvoice.InvoiceRejected;
import se.servicekontor.supplierinvoice.InvoiceReviewed;
import se.servicekontor.supplierinvoice.InvoiceRouted;
import se.servicekontor.supplierinvoice.SupplierId;
import se.servicekontor.supplierinvoice.VatTreatment;

/** The invoice's life cycle: states, coding that adds up, credit notes, two people, the sole coder. */
class InvoiceCaseTests {

    static final CostCentreCode SKOLA = new CostCentreCode("2110");
    static final Instant AT = Instant.parse("2026-03-16T09:00:00Z");

    /** 1 000,00 excl. VAT + 25 % VAT 250,00 = 1 250,00. */
    static InvoiceCase.Facts invoice(boolean credit) {
        BigDecimal sign = credit ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        return new InvoiceCase.Facts(new InvoiceId(7), new SupplierId(3), "5560000001", "F-100", credit,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "SEK", new BigDecimal("1000.00").multiply(sign),
                new BigDecimal("250.00").multiply(sign), new BigDecimal("1250.00").multiply(sign),
                new BigDecimal("1250.00").multiply(sign), AT);
    }

    static CodingLine line(String amount) {
        return new CodingLine("6410", SKOLA, null, null, new BigDecimal(amount), VatTreatment.COMPENSATION);
    }

    static InvoiceCase routed(boolean credit) {
        return InvoiceCase.routed(invoice(credit), SKOLA, "granskare", "system", AT);
    }

    @Test
    void travelsFromRoutedThroughReviewToApprovedWithOneEventPerStep() {
        InvoiceCase c = routed(false);
        c.code(List.of(line("600.00"), line("400.00")), "eko1", AT);
        c.review("granskare", "rektor", null, AT);
        assertThat(c.state()).isEqualTo(InvoiceCase.State.AWAITING_DECISION);
        assertThat(c.assignee()).isEqualTo("rektor");
        c.approve("rektor", AT);
        assertThat(c.state()).isEqualTo(InvoiceCase.State.APPROVED);
        assertThat(c.pendingEvents()).hasSize(3);
        assertThat(c.pendingEvents()).element(0).isInstanceOf(InvoiceRouted.class);
        assertThat(c.pendingEvents()).element(1).isInstanceOf(InvoiceReviewed.class);
        InvoiceApproved approved = (InvoiceApproved) c.pendingEvents().get(2);
        assertThat(approved.coding()).extracting(CodingLine::amount)
                .containsExactly(new BigDecimal("600.00"), new BigDecimal("400.00"));
        assertThat(approved.payable()).isEqualByComparingTo("1250.00");
        assertThat(approved.reviewedBy()).isEqualTo("granskare");
    }

    @Test
    void codingThatDoesNotAddUpIsRefusedWithTheDifferenceInKronor() {
        InvoiceCase c = routed(false);
        c.code(List.of(line("600.00"), line("399.50")), "eko1", AT);
        assertThat(c.codingDifference()).isEqualByComparingTo("0.50"); // 1 000,00 − (600,00 + 399,50)
        assertThatThrownBy(() -> c.review("granskare", "rektor", null, AT))
                .isInstanceOf(Refused.class).hasMessageContaining("0,50 kr skiljer");
        assertThat(c.state()).isEqualTo(InvoiceCase.State.AWAITING_REVIEW);
    }

    @Test
    void anInvoiceNeverCodedCannotBeReviewed() {
        assertThatThrownBy(() -> routed(false).review("granskare", "rektor", null, AT)).hasMessage("Fakturan är inte konterad.");
    }

    @Test
    void aCreditNoteCodesNegatively() {
        InvoiceCase c = routed(true);
        assertThatThrownBy(() -> c.code(List.of(line("1000.00")), "eko1", AT))
                .hasMessage("En kreditnota konteras med negativa belopp (rad 1).");
        c.code(List.of(line("-1000.00")), "eko1", AT);
        assertThat(c.fullyCoded()).isTrue();
    }

    @Test
    void theSamePersonCannotDoBothSteps() {
        InvoiceCase c = routed(false);
        c.code(List.of(line("1000.00")), "eko1", AT);
        c.review("granskare", null, "ingen", AT);
        assertThatThrownBy(() -> c.approve(" Granskare", AT))
                .hasMessageContaining("två olika personer");
        assertThatThrownBy(() -> c.forward("granskare", "rektor")).hasMessageContaining("två olika personer");
    }

    @Test
    void nobodyApprovesWhatTheyCodedAloneButMayWhenSomeoneElseCodedToo() {
        InvoiceCase c = routed(false);
        c.code(List.of(line("1000.00")), "granskare", AT);
        assertThatThrownBy(() -> c.review("granskare", "rektor", null, AT)).hasMessageContaining("konterade fakturan ensam");
        c.code(List.of(line("1000.00")), "eko1", AT);
        c.review("granskare", "rektor", null, AT);
        assertThat(c.state()).isEqualTo(InvoiceCase.State.AWAITING_DECISION);
    }

    @Test
    void reviewTwiceIsRefusedInWords() {
        InvoiceCase c = routed(false);
        c.code(List.of(line("1000.00")), "eko1", AT);
        c.review("granskare", "rektor", null, AT);
        assertThatThrownBy(() -> c.review("granskare", "rektor", null, AT))
                .hasMessage("Fakturan är hos beslutsattestant: den kan inte granskas nu.");
    }

    @Test
    void aRejectionNeedsACommentAndGoesBackToEkonomicenter() {
        InvoiceCase c = routed(false);
        assertThatThrownBy(() -> c.reject("granskare", "  ", AT)).hasMessageContaining("Skriv en kommentar");
        c.reject("granskare", "Fel pris på rad 2", AT);
        assertThat(c.state()).isEqualTo(InvoiceCase.State.REJECTED);
        assertThat(c.rejectComment()).isEqualTo("Fel pris på rad 2");
        assertThat(c.pendingEvents()).last().isEqualTo(new InvoiceRejected(new InvoiceId(7), "granskare", "Fel pris på rad 2", AT));
        c.route(SKOLA, "granskare", "eko1", AT);
        assertThat(c.state()).isEqualTo(InvoiceCase.State.AWAITING_REVIEW);
    }

    @Test
    void onlyAnUnroutableOrRejectedInvoiceIsReturnedAndTheReturnIsRecorded() {
        InvoiceCase routed = routed(false);
        assertThatThrownBy(() -> routed.returnToSupplier("eko1", "Referens saknas", LocalDate.of(2026, 3, 16), AT))
                .isInstanceOf(Refused.class);
        InvoiceCase c = InvoiceCase.unroutable(invoice(false), "referens saknas", AT);
        assertThat(c.stuckReason()).isEqualTo("referens saknas");
        c.returnToSupplier("eko1", "Referens saknas: ange er beställares referens", LocalDate.of(2026, 3, 16), AT);
        assertThat(c.state()).isEqualTo(InvoiceCase.State.RETURNED);
        assertThat(c.returnedOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    }
}

package se.servicekontor.supplierinvoice.inbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.servicekontor.supplierinvoice.intake.ReceivedInvoices;
import se.servicekontor.supplierinvoice.intake.RejectedFiles;
import se.servicekontor.supplierinvoice.supplier.Suppliers;

/** Ekonomicenter's landing page: what waits where (Inkorg, rejected and manual queues, suppliers to check). */
@Controller
class EconomyCentreController {

    private final ReceivedInvoices invoices;
    private final RejectedFiles rejected;
    private final Suppliers suppliers;

    EconomyCentreController(ReceivedInvoices invoices, RejectedFiles rejected, Suppliers suppliers) {
        this.invoices = invoices;
        this.rejected = rejected;
        this.suppliers = suppliers;
    }

    @GetMapping("/ekonomicenter")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String economyCentre(Model model) {
        var counts = invoices.countByStatus();
        counts.forEach((status, count) -> model.addAttribute(status.name().toLowerCase(java.util.Locale.ROOT), count));
        model.addAttribute("rejectedWaiting", rejected.countWaiting());
        model.addAttribute("suppliersUnderReview", suppliers.countUnderReview());
        model.addAttribute("supplierCount", suppliers.count());
        return "supplierinvoice/ekonomicenter";
    }
}

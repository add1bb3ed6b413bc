package se.servicekontor.supplierinvoice.inbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.servicekontor.supplierinvoice.intake.ReceivedInvoice;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoices;

/**
 * Ekonomicenter → Manuell hantering: plain PDF invoices waiting for registration by hand, and invoices
 * quarantined for having more lines than the batch takes. Shown here so that none is lost.
 */
@Controller
class ManualQueueController {

    private final ReceivedInvoices invoices;

    ManualQueueController(ReceivedInvoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/ekonomicenter/manuell")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String queue(Model model) {
        model.addAttribute("manual", invoices.list(new ReceivedInvoices.Filter(ReceivedInvoice.Status.MANUAL, null, 0, 200)));
        model.addAttribute("quarantined", invoices.list(new ReceivedInvoices.Filter(ReceivedInvoice.Status.QUARANTINED, null, 0, 200)));
        return "supplierinvoice/manual";
    }
}

package se.servicekontor.supplierinvoice.approval;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.supplierinvoice.InvoiceId;

/**
 * Ekonomicenter → Styrning: the routing table, and the exception queue of unroutable and rejected invoices (with
 * the reason or the approver's comment), routed by hand or returned to the supplier.
 */
@Controller
class RoutingController {

    private final RoutingTable routes;
    private final InboxQueries queries;
    private final Approvals approvals;
    private final MessageSource messages;

    RoutingController(RoutingTable routes, InboxQueries queries, Approvals approvals, MessageSource messages) {
        this.routes = routes;
        this.queries = queries;
        this.approvals = approvals;
        this.messages = messages;
    }

    @GetMapping("/ekonomicenter/styrning")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String routing(Model model) {
        model.addAttribute("routes", routes.all());
        model.addAttribute("exceptions", queries.exceptions());
        model.addAttribute("kinds", RoutingTable.Kind.values());
        return "supplierinvoice/routing";
    }

    @PostMapping("/ekonomicenter/styrning/regel")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String saveRoute(@RequestParam RoutingTable.Kind kind, @RequestParam String reference, @RequestParam String costCentre,
                     @RequestParam String reviewer, Principal principal, Locale locale, RedirectAttributes redirect) {
        try {
            if (reference.isBlank() || reviewer.isBlank()) {
                throw new IllegalArgumentException(messages.getMessage("ap.routing.missing", null, locale));
            }
            routes.save(kind, reference, new CostCentreCode(costCentre), reviewer, principal.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("ap.routing.saved", null, locale));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ekonomicenter/styrning";
    }

    @PostMapping("/ekonomicenter/styrning/regel/{id}/ta-bort")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String deleteRoute(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
        routes.delete(id, principal.getName());
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("ap.routing.deleted", null, locale));
        return "redirect:/ekonomicenter/styrning";
    }

    @PostMapping("/ekonomicenter/styrning/faktura/{id}/styr")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String route(@PathVariable long id, @RequestParam String costCentre, @RequestParam String reviewer, Principal principal,
                 Locale locale, RedirectAttributes redirect) {
        exists(id);
        try {
            approvals.route(new InvoiceId(id), new CostCentreCode(costCentre), reviewer.strip().toLowerCase(Locale.ROOT),
                    principal.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("ap.routing.routed", null, locale));
        } catch (Refused r) {
            redirect.addFlashAttribute("flashError", messages.getMessage(r.key(), r.args(), r.getMessage(), locale));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ekonomicenter/styrning";
    }

    @PostMapping("/ekonomicenter/styrning/faktura/{id}/returnera")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String returnToSupplier(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal principal,
                            Locale locale, RedirectAttributes redirect) {
        exists(id);
        try {
            approvals.returnToSupplier(new InvoiceId(id), reason, principal.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("ap.routing.returned", null, locale));
        } catch (Refused r) {
            redirect.addFlashAttribute("flashError", messages.getMessage(r.key(), r.args(), r.getMessage(), locale));
        }
        return "redirect:/ekonomicenter/styrning";
    }

    private void exists(long id) {
        if (queries.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

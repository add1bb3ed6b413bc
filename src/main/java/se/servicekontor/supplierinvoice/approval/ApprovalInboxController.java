package se.servicekontor.supplierinvoice.approval;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.supplierinvoice.InvoiceId;

/**
 * Min inkorg (Attestera): what waits for the approver, earliest due first; one invoice with its coding; approve,
 * bulk approve, reject with a comment, forward. Every handler with an id first finds the invoice within the user's
 * own cost centres: another department's id answers 404, as if it did not exist.
 */
@Controller
@RequestMapping("/attestera")
@PreAuthorize("hasRole('APPROVER')")
class ApprovalInboxController {

    private final Approvals approvals;
    private final InboxQueries queries;
    private final MessageSource messages;

    ApprovalInboxController(Approvals approvals, InboxQueries queries, MessageSource messages) {
        this.approvals = approvals;
        this.queries = queries;
        this.messages = messages;
    }

    /** A list row with why it cannot be bulk approved (null: it can). */
    record Item(InboxQueries.Row row, String whyNot, long daysWaiting, boolean overdue) {
    }

    @GetMapping
    String inbox(Principal principal, @RequestParam(name = "sida", defaultValue = "1") int page, Model model) {
        Approvals.Scope scope = approvals.scopeOf(principal.getName());
        int index = Math.max(0, page - 1);
        List<Item> items = new ArrayList<>();
        for (InboxQueries.Row row : queries.waitingFor(scope.assignees(), scope.costCentres(), index)) {
            items.add(new Item(row, approvals.whyNot(row, scope.user(), scope.rules(), scope.today()),
                    row.daysWaiting(scope.today()), row.overdue(scope.today())));
        }
        long total = queries.countWaitingFor(scope.assignees(), scope.costCentres());
        Map<String, Long> reasons = new LinkedHashMap<>();
        items.stream().filter(i -> i.whyNot() != null).forEach(i -> reasons.merge(i.whyNot(), 1L, Long::sum));
        model.addAttribute("items", items);
        model.addAttribute("qualifying", items.stream().filter(i -> i.whyNot() == null).count());
        model.addAttribute("reasons", reasons);
        model.addAttribute("total", total);
        model.addAttribute("page", index + 1);
        model.addAttribute("pages", Math.max(1, (total + InboxQueries.PAGE - 1) / InboxQueries.PAGE));
        model.addAttribute("reminders", items.stream().filter(i -> i.row().remindedOn() != null).count());
        return "supplierinvoice/approval-inbox";
    }

    @GetMapping("/faktura/{id}")
    String invoice(@PathVariable long id, Principal principal, Model model) {
        Approvals.Scope scope = approvals.scopeOf(principal.getName());
        InboxQueries.Row row = own(id, scope);
        model.addAttribute("row", row);
        model.addAttribute("coding", approvals.load(new InvoiceId(id)).codingLines());
        model.addAttribute("whyNot", approvals.whyNot(row, scope.user(), scope.rules(), scope.today()));
        model.addAttribute("daysWaiting", row.daysWaiting(scope.today()));
        return "supplierinvoice/approval-invoice";
    }

    @PostMapping("/faktura/{id}/attestera")
    String approve(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
        own(id, approvals.scopeOf(principal.getName()));
        return act(redirect, locale, "ap.flash.approved", () -> approvals.approveStep(new InvoiceId(id), principal.getName()),
                "redirect:/attestera/faktura/" + id);
    }

    @PostMapping("/faktura/{id}/avvisa")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String comment, Principal principal, Locale locale,
                  RedirectAttributes redirect) {
        own(id, approvals.scopeOf(principal.getName()));
        return act(redirect, locale, "ap.flash.rejected", () -> approvals.reject(new InvoiceId(id), principal.getName(), comment),
                "redirect:/attestera/faktura/" + id);
    }

    @PostMapping("/faktura/{id}/vidarebefordra")
    String forward(@PathVariable long id, @RequestParam(defaultValue = "") String to, Principal principal, Locale locale,
                   RedirectAttributes redirect) {
        own(id, approvals.scopeOf(principal.getName()));
        return act(redirect, locale, "ap.flash.forwarded", () -> approvals.forward(new InvoiceId(id), principal.getName(),
                to.strip().toLowerCase(Locale.ROOT)), "redirect:/attestera/faktura/" + id);
    }

    @PostMapping("/attestera-markerade")
    String approveSelected(@RequestParam(name = "id", required = false) List<Long> ids, Principal principal, Locale locale,
                           RedirectAttributes redirect) {
        Approvals.Scope scope = approvals.scopeOf(principal.getName());
        List<InvoiceId> own = (ids == null ? List.<Long>of() : ids).stream()
                .filter(id -> queries.find(id, scope.costCentres()).isPresent()).map(InvoiceId::new).toList();
        Approvals.BulkOutcome outcome = approvals.approveAll(own, principal.getName());
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("ap.flash.bulk",
                new Object[] {outcome.approved(), outcome.refused().size()}, locale));
        return "redirect:/attestera";
    }

    private InboxQueries.Row own(long id, Approvals.Scope scope) {
        return queries.find(id, scope.costCentres())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String act(RedirectAttributes redirect, Locale locale, String done, Runnable action, String back) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", messages.getMessage(done, null, locale));
            return "redirect:/attestera";
        } catch (Refused r) {
            redirect.addFlashAttribute("flashError", messages.getMessage(r.key(), r.args(), r.getMessage(), locale));
            return back;
        }
    }
}

package se.servicekontor.supplierinvoice.approval;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
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
import se.servicekontor.shared.Amount;
import se.servicekontor.supplierinvoice.CodingAccounts;
import se.servicekontor.supplierinvoice.CodingLine;
import se.servicekontor.supplierinvoice.InvoiceId;
import se.servicekontor.supplierinvoice.VatTreatment;

/**
 * Ekonomicenter → Kontering of one invoice: its lines, or a proposal from the supplier's last approved coding;
 * the difference to the amount excluding VAT in kronor. Blank rows are ignored; a bad row is refused in words.
 */
@Controller
class CodingController {

    static final int ROWS = 6;

    private final Approvals approvals;
    private final InboxQueries queries;
    private final CodingAccounts accounts;
    private final MessageSource messages;

    CodingController(Approvals approvals, InboxQueries queries, CodingAccounts accounts, MessageSource messages) {
        this.approvals = approvals;
        this.queries = queries;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/ekonomicenter/kontering/{id}")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String coding(@PathVariable long id, Model model) {
        InboxQueries.Row row = queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        InvoiceCase c = approvals.load(new InvoiceId(id));
        List<CodingLine> lines = new ArrayList<>(approvals.codingOrProposal(c));
        model.addAttribute("row", row);
        model.addAttribute("proposal", c.codingLines().isEmpty() && !lines.isEmpty());
        model.addAttribute("lines", lines);
        model.addAttribute("blankRows", Math.max(1, ROWS - lines.size()));
        model.addAttribute("accounts", accounts.codable(approvals.today()));
        model.addAttribute("treatments", VatTreatment.values());
        return "supplierinvoice/coding";
    }

    @PostMapping("/ekonomicenter/kontering/{id}")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String save(@PathVariable long id, @RequestParam(name = "account", required = false) List<String> account,
                @RequestParam(name = "costCentre", required = false) List<String> costCentre,
                @RequestParam(name = "activity", required = false) List<String> activity,
                @RequestParam(name = "project", required = false) List<String> project,
                @RequestParam(name = "amount", required = false) List<String> amount,
                @RequestParam(name = "vat", required = false) List<String> vat,
                Principal principal, Locale locale, RedirectAttributes redirect) {
        queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            List<CodingLine> lines = new ArrayList<>();
            int n = account == null ? 0 : account.size();
            for (int i = 0; i < n; i++) {
                if (blank(account.get(i)) && blank(at(amount, i))) {
                    continue;
                }
                try {
                    lines.add(new CodingLine(account.get(i).strip(), new CostCentreCode(at(costCentre, i)), at(activity, i),
                            at(project, i), Amount.ofKronor(at(amount, i)).value(), VatTreatment.valueOf(at(vat, i))));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException(messages.getMessage("ap.coding.badRow",
                            new Object[] {i + 1, e.getMessage() == null ? "" : e.getMessage()}, locale));
                }
            }
            approvals.code(new InvoiceId(id), lines, principal.getName());
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("ap.coding.saved", null, locale));
        } catch (Refused r) {
            redirect.addFlashAttribute("flashError", messages.getMessage(r.key(), r.args(), r.getMessage(), locale));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ekonomicenter/kontering/" + id;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

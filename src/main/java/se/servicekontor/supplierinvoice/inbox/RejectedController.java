package se.servicekontor.supplierinvoice.inbox;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

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

import se.servicekontor.supplierinvoice.intake.IntakeUploads;
import se.servicekontor.supplierinvoice.intake.InvoiceDocuments;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoices;
import se.servicekontor.supplierinvoice.intake.RejectedFiles;

/**
 * Ekonomicenter → Avvisade: files that could not be received, each with its reason and every rule that fired,
 * and what an officer does with them: retry, mark returned to the supplier (with the message), delete with a
 * comment. Every action is audited.
 */
@Controller
class RejectedController {

    private final RejectedFiles rejected;
    private final IntakeUploads uploads;
    private final ReceivedInvoices invoices;
    private final InvoiceDocuments documents;

    RejectedController(RejectedFiles rejected, IntakeUploads uploads, ReceivedInvoices invoices, InvoiceDocuments documents) {
        this.rejected = rejected;
        this.uploads = uploads;
        this.invoices = invoices;
        this.documents = documents;
    }

    @GetMapping("/ekonomicenter/avvisade")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String queue(@RequestParam(name = "status", required = false) String status, Model model) {
        RejectedFiles.Status chosen = Arrays.stream(RejectedFiles.Status.values())
                .filter(s -> s.name().equalsIgnoreCase(status)).findFirst().orElse(null);
        List<RejectedFiles.RejectedFile> files = rejected.list(chosen, 200);
        model.addAttribute("files", files);
        model.addAttribute("senders", files.stream().collect(java.util.stream.Collectors.toMap(RejectedFiles.RejectedFile::id,
                f -> documents.sender(f.receivedFileId()), (a, b) -> a)));
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", List.of(RejectedFiles.Status.values()));
        return "supplierinvoice/rejected-list";
    }

    @GetMapping("/ekonomicenter/avvisade/{id}")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String file(@PathVariable long id, Model model) {
        RejectedFiles.RejectedFile file = rejected.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("file", file);
        model.addAttribute("findings", rejected.findings(file.receivedFileId()));
        model.addAttribute("sender", documents.sender(file.receivedFileId()));
        model.addAttribute("invoice", invoices.findByReceivedFile(file.receivedFileId()).orElse(null));
        return "supplierinvoice/rejected";
    }

    @PostMapping("/ekonomicenter/avvisade/{id}/forsok-igen")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String retry(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            long run = uploads.retry(id, user.getName());
            redirect.addFlashAttribute("flashSuccess", "Filen skickades till fakturainläsningen igen (körning " + run + ").");
        });
    }

    @PostMapping("/ekonomicenter/avvisade/{id}/returnera")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String returnToSupplier(@PathVariable long id, @RequestParam(name = "meddelande", defaultValue = "") String message,
                            Principal user, RedirectAttributes redirect) {
        if (message.isBlank()) {
            redirect.addFlashAttribute("flashError", "Skriv meddelandet till leverantören.");
            return "redirect:/ekonomicenter/avvisade/" + id;
        }
        return act(id, redirect, () -> {
            rejected.markReturned(id, message.strip(), user.getName());
            redirect.addFlashAttribute("flashSuccess", "Markerad som returnerad till leverantören.");
        });
    }

    @PostMapping("/ekonomicenter/avvisade/{id}/radera")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String delete(@PathVariable long id, @RequestParam(name = "kommentar", defaultValue = "") String comment,
                  Principal user, RedirectAttributes redirect) {
        if (comment.isBlank()) {
            redirect.addFlashAttribute("flashError", "Skriv en kommentar om varför filen tas bort ur kön.");
            return "redirect:/ekonomicenter/avvisade/" + id;
        }
        return act(id, redirect, () -> {
            rejected.markDeleted(id, comment.strip(), user.getName());
            redirect.addFlashAttribute("flashSuccess", "Borttagen ur kön. Filen finns kvar i arkivet.");
        });
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (RejectedFiles.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (RejectedFiles.Refused e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ekonomicenter/avvisade/" + id;
    }
}

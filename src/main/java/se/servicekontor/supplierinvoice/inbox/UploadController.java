package se.servicekontor.supplierinvoice.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.supplierinvoice.intake.IntakeUploads;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoice;
import se.servicekontor.supplierinvoice.intake.ReceivedInvoices;

/**
 * Ekonomicenter → Ladda upp: invoices that arrived outside Peppol (e-mail, a USB stick). The files are kept at
 * once and an intake run is started; the officer follows it in Körningar.
 */
@Controller
class UploadController {

    private final IntakeUploads uploads;
    private final ReceivedInvoices invoices;

    UploadController(IntakeUploads uploads, ReceivedInvoices invoices) {
        this.uploads = uploads;
        this.invoices = invoices;
    }

    @GetMapping("/ekonomicenter/ladda-upp")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String form() {
        return "supplierinvoice/upload";
    }

    @PostMapping("/ekonomicenter/ladda-upp")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String upload(@RequestParam(name = "filer", required = false) List<MultipartFile> files, Principal user, Model model,
                  RedirectAttributes redirect) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream()
                .filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("error", "Välj minst en fil.");
            return "supplierinvoice/upload";
        }
        List<IntakeUploads.Named> named = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (MultipartFile file : chosen) {
            byte[] bytes = file.getBytes();
            String name = file.getOriginalFilename();
            Optional<String> notInvoice = UploadCheck.notAnInvoiceFile(name, bytes);
            if (notInvoice.isPresent()) {
                refused.add(notInvoice.get());
                continue;
            }
            Optional<ReceivedInvoice> earlier = invoices.findOriginalBySha256(UploadCheck.sha256(bytes));
            if (earlier.isPresent()) {
                ReceivedInvoice original = earlier.get();
                refused.add(name + " har redan tagits emot" + (original.invoiceNumber() == null ? "" : " som faktura " + original.invoiceNumber())
                        + " (nr " + original.id() + " i inkorgen, " + fmtDate(original) + "). Den laddas inte upp igen.");
                continue;
            }
            named.add(new IntakeUploads.Named(name, new java.io.ByteArrayInputStream(bytes)));
        }
        if (named.isEmpty()) {
            model.addAttribute("error", String.join(" ", refused));
            model.addAttribute("refused", refused);
            return "supplierinvoice/upload";
        }
        long run = uploads.upload(named, user.getName());
        redirect.addFlashAttribute("flashSuccess", named.size() == 1
                ? "Filen " + named.get(0).name() + " har tagits emot och läses in nu."
                : named.size() + " filer har tagits emot och läses in nu.");
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("flashError", "Inte uppladdade: " + String.join(" ", refused));
        }
        return "redirect:/korningar/" + run;
    }

    private static String fmtDate(ReceivedInvoice invoice) {
        return "mottagen " + java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(invoice.receivedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")));
    }
}

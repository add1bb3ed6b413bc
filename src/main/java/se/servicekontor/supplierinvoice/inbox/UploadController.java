package se.servicekontor.supplierinvoice.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.supplierinvoice.intake.IntakeUploads;

/**
 * Ekonomicenter → Ladda upp: invoices that arrived outside Peppol (e-mail, a USB stick). The files are kept at
 * once and an intake run is started; the officer follows it in Körningar.
 */
@Controller
class UploadController {

    private final IntakeUploads uploads;

    UploadController(IntakeUploads uploads) {
        this.uploads = uploads;
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
        for (MultipartFile file : chosen) {
            InputStream in = file.getInputStream();
            named.add(new IntakeUploads.Named(file.getOriginalFilename(), in));
        }
        long run = uploads.upload(named, user.getName());
        redirect.addFlashAttribute("flashSuccess", chosen.size() == 1
                ? "Filen " + chosen.get(0).getOriginalFilename() + " har tagits emot och läses in nu."
                : chosen.size() + " filer har tagits emot och läses in nu.");
        return "redirect:/korningar/" + run;
    }
}

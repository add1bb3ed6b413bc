package se.servicekontor.supplierinvoice.inbox;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.servicekontor.supplierinvoice.intake.InvoiceCheck;

/**
 * Ekonomicenter → Validera fil: checks a file exactly as intake would (format, XSD, EN 16931, Peppol BIS 3 with
 * the Swedish rules) and shows the report. Nothing is kept and nothing is received.
 */
@Controller
class ValidateFileController {

    private final InvoiceCheck check;

    ValidateFileController(InvoiceCheck check) {
        this.check = check;
    }

    @GetMapping("/ekonomicenter/validera")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN','AUDITOR')")
    String form() {
        return "supplierinvoice/validate";
    }

    @PostMapping("/ekonomicenter/validera")
    @PreAuthorize("hasAnyRole('ECONOMY_OFFICER','ADMIN')")
    String validate(@RequestParam(name = "fil", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            model.addAttribute("error", "Välj en fil.");
            return "supplierinvoice/validate";
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, check.maxBytes() + 1));
        }
        InvoiceCheck.Verdict verdict = check.check(file.getOriginalFilename(), bytes);
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("verdict", verdict);
        model.addAttribute("kind", verdict.getClass().getSimpleName());
        return "supplierinvoice/validate";
    }
}

package se.servicekontor.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.servicekontor.platform.audit.AuditTrail;

/** Granskningslogg: the newest audit entries, optionally only actions starting with a prefix (e.g. {@code job.}). */
@Controller
class AuditLogController {

    static final int LIMIT = 200;

    private final AuditTrail auditTrail;

    AuditLogController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping("/administration/granskningslogg")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
    String auditLog(@RequestParam(name = "atgard", defaultValue = "") String prefix, Model model) {
        String filter = prefix.strip();
        if (filter.length() > 100) {
            filter = filter.substring(0, 100);
        }
        model.addAttribute("prefix", filter);
        model.addAttribute("entries", auditTrail.latest(filter, LIMIT));
        model.addAttribute("limit", LIMIT);
        return "audit/log";
    }
}

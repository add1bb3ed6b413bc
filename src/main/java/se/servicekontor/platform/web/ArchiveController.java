package se.servicekontor.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.servicekontor.platform.Role;
import se.servicekontor.platform.documents.ProducedFiles;
import se.servicekontor.platform.documents.ProducedFiles.ProducedFile;

/**
 * Arkiv: every file the office produced, with its kind, period, SHA-256 and who produced it. Payroll's
 * files (payslips, salary payments, AGI) carry personal data and are for payroll officers; the rest for
 * economy officers; administrators and auditors see all.
 */
@Controller
class ArchiveController {

    /** Kinds of file produced by the payroll centre; every other kind belongs to the economy centre. */
    static final Set<String> PAYROLL_KINDS = Set.of("payslips", "payslip", "salary-payment", "agi", "payroll-posting");

    private final ProducedFiles files;

    ArchiveController(ProducedFiles files) {
        this.files = files;
    }

    @GetMapping("/arkiv")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR','PAYROLL_OFFICER','ECONOMY_OFFICER')")
    String archive(@RequestParam(name = "typ", defaultValue = "") String kind,
                   @RequestParam(name = "period", defaultValue = "") String period,
                   Authentication user, Model model) {
        String kindFilter = kind.strip().length() > 50 ? "" : kind.strip();
        String periodFilter = period.strip().matches("\\d{4}-\\d{2}") ? period.strip() : "";
        List<ProducedFile> visible = files.list(kindFilter, periodFilter).stream()
                .filter(f -> mayRead(f.kind(), user.getAuthorities())).toList();
        model.addAttribute("files", visible);
        model.addAttribute("kind", kindFilter);
        model.addAttribute("period", periodFilter);
        return "audit/archive";
    }

    @GetMapping("/arkiv/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR','PAYROLL_OFFICER','ECONOMY_OFFICER')")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, Authentication user) {
        ProducedFile file = files.find(id)
                .filter(f -> mayRead(f.kind(), user.getAuthorities()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-SHA256", file.sha256())
                .body(new InputStreamResource(files.open(file)));
    }

    /** Whether a user with these authorities may read a file of this kind (a wrong kind answers 404, as if absent). */
    static boolean mayRead(String kind, Collection<? extends GrantedAuthority> authorities) {
        Set<String> roles = authorities.stream().map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
        if (roles.contains(Role.ADMIN.authority()) || roles.contains(Role.AUDITOR.authority()))
            return true;
        return PAYROLL_KINDS.contains(kind)
                ? roles.contains(Role.PAYROLL_OFFICER.authority())
                : roles.contains(Role.ECONOMY_OFFICER.authority());
    }
}

package se.servicekontor.organization.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.organization.register.AttestRights;
import se.servicekontor.organization.register.Departments;
import se.servicekontor.organization.users.Users;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;

/**
 * Administration → Organisation: upload a workbook (administrators), follow the last imports to their
 * runs in Körningar, and see the register as it is (administrators and auditors).
 */
@Controller
@RequestMapping("/administration/organisation")
class OrganisationImportController {

    static final String TEMPLATE = "document-templates/organisation-import.xlsx";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int ATTEST_PAGE_SIZE = 50;

    private final OrganisationImports imports;
    private final Departments departments;
    private final Users users;
    private final AttestRights attestRights;
    private final DateTimeFormatter receivedAt;

    OrganisationImportController(OrganisationImports imports, Departments departments, Users users,
                                 AttestRights attestRights, Clock clock) {
        this.imports = imports;
        this.departments = departments;
        this.users = users;
        this.attestRights = attestRights;
        this.receivedAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    String page(@RequestParam(name = "sida", defaultValue = "1") int page, Model model) {
        long attestCount = attestRights.count();
        int pages = (int) Math.max(1, (attestCount + ATTEST_PAGE_SIZE - 1) / ATTEST_PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("imports", imports.latest(10));
        model.addAttribute("receivedAt", receivedAt);
        model.addAttribute("maxUploadMegabytes", imports.maxUploadMegabytes());
        model.addAttribute("departments", departments.overview());
        model.addAttribute("users", users.all());
        model.addAttribute("attestRights", attestRights.page((current - 1) * ATTEST_PAGE_SIZE, ATTEST_PAGE_SIZE));
        model.addAttribute("attestCount", attestCount);
        model.addAttribute("attestPage", current);
        model.addAttribute("attestPages", pages);
        return "organization/organisation";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String upload(@RequestParam(name = "fil", required = false) MultipartFile file, Authentication user,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "org.upload.missing");
            return "redirect:/administration/organisation";
        }
        ReceivedFile received;
        try (InputStream content = file.getInputStream()) {
            received = imports.receive(file.getOriginalFilename(), content, user.getName());
        }
        long execution = imports.start(received, user.getName());
        return "redirect:/korningar/" + execution;
    }

    @GetMapping("/mall.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    ResponseEntity<Resource> template() {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("organisation-import.xlsx").build().toString())
                .body(new ClassPathResource(TEMPLATE));
    }
}

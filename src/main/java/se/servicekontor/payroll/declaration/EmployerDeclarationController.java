package se.servicekontor.payroll.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.YearMonth;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ProducedFiles;

/** Downloading a month's AGI file (to upload in Skatteverket's e-service), payroll officers only. */
@Controller
class EmployerDeclarationController {

    private final EmployerDeclarations declarations;
    private final ProducedFiles files;
    private final AuditTrail audit;

    EmployerDeclarationController(EmployerDeclarations declarations, ProducedFiles files, AuditTrail audit) {
        this.declarations = declarations;
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/lonecenter/utbetalning/agi/{period}/{seq}.xml")
    @PreAuthorize("hasRole('PAYROLL_OFFICER')")
    void download(@PathVariable String period, @PathVariable int seq, Authentication user, HttpServletResponse response) throws IOException {
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        EmployerDeclarations.Declaration declaration = declarations.declarations(month).stream().filter(d -> d.seq() == seq).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ProducedFiles.ProducedFile file = files.find(declaration.producedFileId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(user.getName(), "payroll.agi.downloaded", "AGI " + period, "", file.fileName());
        response.setContentType("application/xml");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setContentLengthLong(file.size());
        try (InputStream in = files.open(file); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}

package se.servicekontor.payroll.payslip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.servicekontor.payroll.declaration.EmployerDeclaration;
import se.servicekontor.payroll.declaration.EmployerDeclarations;
import se.servicekontor.payroll.salarypayment.SalaryPaymentLookup;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ProducedFiles;

/**
 * Lönecenter → Lönespecifikationer: a released run's payslips, one ZIP per department from the archive and one
 * PDF per employee (rendered again from the run: the same bytes as in the ZIP). Payroll officers only — a payslip
 * is personal data; every download is in the audit trail.
 */
@Controller
class PayslipController {

    static final String ROLE = "hasRole('PAYROLL_OFFICER')";

    private final PayslipSource source;
    private final PayslipArchive archive;
    private final ProducedFiles files;
    private final AuditTrail audit;
    private final SalaryPaymentLookup salaryPayments;
    private final EmployerDeclarations declarations;

    PayslipController(PayslipSource source, PayslipArchive archive, ProducedFiles files, AuditTrail audit,
                      SalaryPaymentLookup salaryPayments, EmployerDeclarations declarations) {
        this.salaryPayments = salaryPayments;
        this.declarations = declarations;
        this.source = source;
        this.archive = archive;
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/lonecenter/utbetalning")
    @PreAuthorize(ROLE)
    String page(@RequestParam(name = "period", required = false) String period, @RequestParam(name = "q", required = false) String q,
                Model model) {
        Optional<PayslipSource.ReleasedRun> run = parse(period).map(source::releasedRun).orElseGet(source::latestReleasedRun);
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("q", q == null ? "" : q.strip());
        if (run.isPresent()) {
            model.addAttribute("files", archive.files(run.get().id()));
            model.addAttribute("salaryPayment", salaryPayments.of(run.get().id()).orElse(null));
            model.addAttribute("declarations", declarations.declarations(run.get().period()));
            model.addAttribute("agiDue", EmployerDeclaration.dueDate(run.get().period()));
            Map<String, List<PayslipSource.Payee>> payees = source.payeesByDepartment(run.get().id());
            model.addAttribute("employees", payees.values().stream().mapToInt(List::size).sum());
            String search = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
            model.addAttribute("matches", search.isEmpty() ? List.of() : payees.values().stream().flatMap(List::stream)
                    .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(search)).limit(50).toList());
        }
        return "payroll/payout";
    }

    @GetMapping("/lonecenter/utbetalning/{runId}/anstalld/{employeeId}.pdf")
    @PreAuthorize(ROLE)
    void payslip(@PathVariable long runId, @PathVariable long employeeId, Authentication user, HttpServletResponse response)
            throws IOException {
        PayslipSource.ReleasedRun run = source.releasedRun(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Payslip payslip = source.payslip(run, employeeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = PayslipJobConfiguration.renderer().render(payslip);
        audit.record(user.getName(), "payroll.payslip.downloaded", "lönekörning " + runId + ", anställd " + employeeId, "", "hämtad");
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"lonespecifikation-" + run.period() + "-" + employeeId + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    @GetMapping("/lonecenter/utbetalning/{runId}/forvaltning/{department}.zip")
    @PreAuthorize(ROLE)
    void departmentZip(@PathVariable long runId, @PathVariable String department, Authentication user, HttpServletResponse response)
            throws IOException {
        PayslipArchive.DepartmentFile file = archive.file(runId, department).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ProducedFiles.ProducedFile stored = files.find(file.producedFileId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(user.getName(), "payroll.payslips.downloaded", "lönekörning " + runId + ", förvaltning " + department, "",
                stored.fileName() + " (" + file.payslips() + " st)");
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + stored.fileName() + "\"");
        response.setContentLengthLong(stored.size());
        try (InputStream in = files.open(stored); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static Optional<YearMonth> parse(String period) {
        try {
            return period == null || period.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(period.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

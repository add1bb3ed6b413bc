package se.servicekontor.payroll.salarypayment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ProducedFiles;

/** Releasing a run's salary payment file to the bank (a second officer) and downloading it once released. */
@Controller
class SalaryPaymentController {

    static final String ROLE = "hasRole('PAYROLL_OFFICER')";

    private final SalaryPayments payments;
    private final ProducedFiles files;
    private final AuditTrail audit;

    SalaryPaymentController(SalaryPayments payments, ProducedFiles files, AuditTrail audit) {
        this.payments = payments;
        this.files = files;
        this.audit = audit;
    }

    @PostMapping("/lonecenter/utbetalning/{runId}/lonefil/frislapp")
    @PreAuthorize(ROLE)
    String release(@PathVariable long runId, Authentication user, RedirectAttributes redirect) {
        try {
            payments.release(runId, user.getName());
            redirect.addFlashAttribute("salaryPaymentMessage", "released");
        } catch (SalaryPayment.SalaryPaymentRefused e) {
            redirect.addFlashAttribute("salaryPaymentError", e.getMessage());
        }
        return "redirect:/lonecenter/utbetalning";
    }

    @GetMapping("/lonecenter/utbetalning/{runId}/lonefil.xml")
    @PreAuthorize(ROLE)
    void download(@PathVariable long runId, Authentication user, HttpServletResponse response) throws IOException {
        SalaryPayment payment = payments.find(runId).filter(p -> p.status() == SalaryPayment.Status.RELEASED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ProducedFiles.ProducedFile file = files.find(payment.producedFileId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(user.getName(), "payroll.salarypayment.downloaded", "lönekörning " + runId, "", file.fileName() + " SHA-256 " + file.sha256());
        response.setContentType("application/xml");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setContentLengthLong(file.size());
        try (InputStream in = files.open(file); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}

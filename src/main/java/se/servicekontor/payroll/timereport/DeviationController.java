package se.servicekontor.payroll.timereport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.payroll.employment.DecimalInput;
import se.servicekontor.payroll.employment.EmploymentForm;
import se.servicekontor.payroll.employment.MonthWords;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;

/**
 * Lönecenter → Avvikelser: the time report upload, and per employee and month the list of deviations
 * with manual entry and removal (correction). Manual entries follow the import's rules: inside the
 * employment, no overlapping absences, TIM and SJT only for hourly staff, SJK not for them.
 */
@Controller
class DeviationController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Deviations deviations;
    private final Employments employments;
    private final TimeReportImports imports;
    private final Clock clock;

    DeviationController(Deviations deviations, Employments employments, TimeReportImports imports, Clock clock) {
        this.deviations = deviations;
        this.employments = employments;
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping("/lonecenter/avvikelser")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String overview(Model model) {
        model.addAttribute("count", deviations.count());
        model.addAttribute("codes", DeviationCode.values());
        return "payroll/deviations";
    }

    @PostMapping("/lonecenter/avvikelser/import")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String upload(@RequestParam(name = "fil", required = false) MultipartFile file, Authentication user,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("flashError", "Välj en tidrapport (.xlsx eller .csv) att importera.");
            return "redirect:/lonecenter/avvikelser";
        }
        ReceivedFile received;
        try (InputStream content = file.getInputStream()) {
            received = imports.receive(file.getOriginalFilename(), content, user.getName());
        }
        return "redirect:/korningar/" + imports.start(received, user.getName());
    }

    @GetMapping("/lonecenter/avvikelser/mall.xlsx")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    ResponseEntity<Resource> template() {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("time-report-import.xlsx").build().toString())
                .body(new ClassPathResource("document-templates/time-report-import.xlsx"));
    }

    @GetMapping("/lonecenter/anstallda/{id}/avvikelser")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String forEmployee(@PathVariable long id, @RequestParam(name = "period", required = false) String period,
                       Authentication user, Model model) {
        Employments.EmployeeView employee = employments.employee(id, seesProtected(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        YearMonth month = month(period);
        model.addAttribute("employee", employee);
        model.addAttribute("period", month);
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1));
        model.addAttribute("deviations", deviations.forEmployee(id, month));
        model.addAttribute("codes", DeviationCode.values());
        if (!model.containsAttribute("form")) {
            DeviationForm form = new DeviationForm();
            if (employee.employments().size() == 1)
                form.setEmploymentId(employee.employments().get(0).id());
            model.addAttribute("form", form);
        }
        return "payroll/employee-deviations";
    }

    @PostMapping("/lonecenter/anstallda/{id}/avvikelser")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String add(@PathVariable long id, @RequestParam(name = "period", required = false) String period,
               @Valid @ModelAttribute("form") DeviationForm form, BindingResult errors, Authentication user, Model model,
               RedirectAttributes redirect) {
        Employments.EmployeeView employee = employments.employee(id, seesProtected(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Deviation deviation = errors.hasErrors() ? null : check(id, employee, form, errors);
        if (deviation == null) {
            return forEmployee(id, period, user, model);
        }
        deviations.addManual(deviation, user.getName());
        redirect.addFlashAttribute("flashSuccess", registered(YearMonth.from(deviation.from())));
        return "redirect:/lonecenter/anstallda/" + id + "/avvikelser?period=" + YearMonth.from(deviation.from());
    }

    /**
     * What happens to a registered deviation (issue 18 item 19): a deviation of month M is paid in the run of M + 1
     * (eftersläp, DOMAIN.md Decisions); when that month is already paid (locked), it is paid in the next run instead.
     */
    String registered(YearMonth month) {
        YearMonth payMonth = month.plusMonths(1);
        if (employments.isPaid(payMonth))
            return "Avvikelsen är registrerad. Den gäller " + MonthWords.monthYear(month) + ", vars lön redan är betald ("
                    + MonthWords.monthYear(payMonth) + "); den betalas i nästa körning.";
        return "Avvikelsen är registrerad: frånvaro i " + MonthWords.monthYear(month) + ", betalas i " + MonthWords.monthYear(payMonth) + ".";
    }

    /** Quantities and amounts (AVDR, TILL) are written "31 250,50" or "31250.50": the module's one parser, as the salary field. */
    @InitBinder
    void decimalComma(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, DecimalInput.editor());
    }

    @PostMapping("/lonecenter/avvikelser/{deviationId}/ta-bort")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String remove(@PathVariable long deviationId, Authentication user, RedirectAttributes redirect) {
        Deviations.Stored stored = deviations.find(deviationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Deviations.EmploymentRef employment = deviations.employment(stored.employmentId()).orElseThrow();
        employments.employee(employment.employeeId(), seesProtected(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            deviations.remove(deviationId, user.getName());
            redirect.addFlashAttribute("flashSuccess", "Avvikelsen är borttagen.");
        } catch (SettledDeviationChange settled) {
            redirect.addFlashAttribute("flashError", settled.getMessage());
        }
        return "redirect:/lonecenter/anstallda/" + employment.employeeId() + "/avvikelser?period=" + YearMonth.from(stored.from());
    }

    /** The import's rules for one hand-entered deviation; problems go beside the fields. */
    private Deviation check(long employeeId, Employments.EmployeeView employee, DeviationForm form, BindingResult errors) {
        Employments.EmploymentView employment = employee.employments().stream()
                .filter(e -> e.id() == form.getEmploymentId()).findFirst().orElse(null);
        if (employment == null) {
            errors.rejectValue("employmentId", "payroll.deviation.employment.required");
            return null;
        }
        if (form.isOngoing() && form.getCode().kind() != DeviationCode.Kind.ABSENCE) {
            errors.rejectValue("ongoing", "payroll.deviation.ongoing.absenceOnly");
            return null;
        }
        // an ongoing absence (no end date) ends with the employment, if it has an end
        LocalDate to = form.isOngoing() ? employment.endDate() : form.getTo() == null ? form.getFrom() : form.getTo();
        LocalDate until = to == null ? LocalDate.of(9999, 12, 31) : to;
        if (to != null && to.isBefore(form.getFrom())) {
            errors.rejectValue("to", "payroll.deviation.to.beforeFrom");
            return null;
        }
        if (form.getFrom().isBefore(employment.startDate()) || (employment.endDate() != null && until.isAfter(employment.endDate()))) {
            errors.rejectValue("from", "payroll.deviation.outside");
            return null;
        }
        BigDecimal quantity = form.getQuantity(), amount = null;
        switch (form.getCode().kind()) {
            case ABSENCE -> {
                if (form.getCode() == DeviationCode.SICK_LEAVE && employment.form() == EmploymentForm.HOURLY) {
                    errors.rejectValue("code", "payroll.deviation.sickLeave.notHourly");
                    return null;
                }
                if (quantity == null)
                    quantity = new BigDecimal("100");
                if (quantity.compareTo(new BigDecimal("100")) > 0) {
                    errors.rejectValue("quantity", "payroll.deviation.extent");
                    return null;
                }
                var overlap = deviations.overlappingAbsence(employeeId, form.getFrom(), until);
                if (overlap.isPresent()) {
                    errors.rejectValue("from", "payroll.deviation.overlap", new Object[] {overlap.get().code().swedish(),
                            overlap.get().from().toString(), String.valueOf(overlap.get().to() == null ? "…" : overlap.get().to())}, null);
                    return null;
                }
            }
            case HOURS -> {
                if (quantity == null) {
                    errors.rejectValue("quantity", "payroll.deviation.hours.required");
                    return null;
                }
                if (form.getCode() == DeviationCode.HOURS_WORKED && employment.form() != EmploymentForm.HOURLY) {
                    errors.rejectValue("code", "payroll.deviation.hourlyOnly");
                    return null;
                }
                if (form.getCode() == DeviationCode.SICK_HOURS && employment.form() != EmploymentForm.HOURLY) {
                    errors.rejectValue("code", "payroll.deviation.sickHours.hourlyOnly");
                    return null;
                }
                if (form.getCode() == DeviationCode.SICK_HOURS && !form.getFrom().equals(to)) {
                    errors.rejectValue("to", "payroll.deviation.sickHours.oneShift");
                    return null;
                }
                if (form.getCode() == DeviationCode.SICK_HOURS && quantity.compareTo(new BigDecimal("24")) > 0) {
                    errors.rejectValue("quantity", "payroll.deviation.sickHours.tooMany");
                    return null;
                }
            }
            case AMOUNT -> {
                if (form.getAmount() == null) {
                    errors.rejectValue("amount", "payroll.deviation.amount.required");
                    return null;
                }
                amount = form.getAmount();
                quantity = null;
            }
        }
        return new Deviation(employment.id(), form.getCode(), form.getFrom(), to, quantity, amount, form.getNote());
    }

    private YearMonth month(String period) {
        if (period != null) {
            try {
                return YearMonth.parse(period);
            } catch (DateTimeParseException e) {
                // fall through to the current month
            }
        }
        return YearMonth.now(clock);
    }

    static boolean seesProtected(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PAYROLL_OFFICER"));
    }
}

package se.servicekontor.payroll.employment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.OrganisationLookup;
import se.servicekontor.platform.documents.ReceivedFiles.ReceivedFile;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankAccount;

/**
 * Lönecenter → Anställda: search, the employee page with employments and salary history, the edit
 * form and a new salary from a date, and the import of an employment workbook. Protected identities
 * (skyddad identitet) exist only for payroll officers, who pay them; their address is never shown.
 */
@Controller
class EmploymentController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int LIST_LIMIT = 100;

    private final Employments employments;
    private final EmploymentImports imports;
    private final OrganisationLookup organisation;
    private final Clock clock;
    private final MessageSource messages;

    EmploymentController(Employments employments, EmploymentImports imports, OrganisationLookup organisation, Clock clock,
                         MessageSource messages) {
        this.messages = messages;
        this.employments = employments;
        this.imports = imports;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/lonecenter/anstallda")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String list(@RequestParam(name = "q", defaultValue = "") String query, Authentication user, Model model) {
        String q = query.length() > 100 ? query.substring(0, 100) : query;
        model.addAttribute("q", q);
        model.addAttribute("employees", employments.search(q, seesProtected(user), LIST_LIMIT));
        model.addAttribute("limit", LIST_LIMIT);
        model.addAttribute("total", employments.countEmployees());
        return "payroll/employees";
    }

    @GetMapping("/lonecenter/anstallda/{id}")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String employee(@PathVariable long id, Authentication user, Model model) {
        Employments.EmployeeView employee = employments.employee(id, seesProtected(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("employee", employee);
        model.addAttribute("showNumber", seesProtected(user)); // payroll officers see the full personnummer
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("vacationDays", VacationEntitlement.daysPerYear(
                new se.servicekontor.shared.PersonalIdentityNumber(employee.personalIdentityNumber()), LocalDate.now(clock).getYear()));
        if (!model.containsAttribute("salaryForm"))
            model.addAttribute("salaryForm", new SalaryChangeForm());
        if (!model.containsAttribute("rateForm"))
            model.addAttribute("rateForm", new RateChangeForm());
        model.addAttribute("today", LocalDate.now(clock));
        return "payroll/employee";
    }

    @GetMapping("/lonecenter/anstallda/{id}/andra")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String employeeForm(@PathVariable long id, Authentication user, Model model) {
        Employments.EmployeeView employee = employments.employee(id, seesProtected(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("employee", employee);
        model.addAttribute("form", EmployeeEditForm.of(employee));
        return "payroll/employee-edit";
    }

    @PostMapping("/lonecenter/anstallda/{id}")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String saveEmployee(@PathVariable long id, @Valid @ModelAttribute("form") EmployeeEditForm form, BindingResult errors,
                        Authentication user, Model model, RedirectAttributes redirect) {
        Employments.EmployeeView employee = employments.employee(id, seesProtected(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (errors.hasErrors()) {
            model.addAttribute("employee", employee);
            return "payroll/employee-edit";
        }
        employments.updateEmployee(id, form, user.getName());
        redirect.addFlashAttribute("flashSuccess", "Uppgifterna är sparade.");
        return "redirect:/lonecenter/anstallda/" + id;
    }

    /** Auditors may open the form to read it (every GET is theirs); only officers can save it. */
    @GetMapping("/lonecenter/anstallningar/{id}/andra")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String editForm(@PathVariable long id, Authentication user, Model model) {
        Employments.EmploymentView employment = visibleEmployment(id, user);
        model.addAttribute("employment", employment);
        model.addAttribute("employeeId", employments.employeeOf(id).orElseThrow());
        model.addAttribute("employee", employments.employee(employments.employeeOf(id).orElseThrow(), seesProtected(user)).orElseThrow());
        model.addAttribute("form", EmploymentEditForm.of(employment));
        model.addAttribute("taxKinds", TaxKind.values());
        return "payroll/employment-edit";
    }

    @PostMapping("/lonecenter/anstallningar/{id}")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") EmploymentEditForm form, BindingResult errors,
                Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        Employments.EmploymentView employment = visibleEmployment(id, user);
        checkCrossFields(form, employment, errors);
        long employeeId = employments.employeeOf(id).orElseThrow();
        if (errors.hasErrors()) {
            model.addAttribute("employment", employment);
            model.addAttribute("employeeId", employeeId);
            model.addAttribute("employee", employments.employee(employeeId, seesProtected(user)).orElseThrow());
            model.addAttribute("errorSummary", ErrorSummary.of(errors, f -> f, messages, locale));
            model.addAttribute("askBankConfirm", errors.getFieldErrors("accountNumber").stream()
                    .anyMatch(e -> "payroll.edit.account.confirm".equals(e.getCode())));
            model.addAttribute("taxKinds", TaxKind.values());
            return "payroll/employment-edit";
        }
        BankAccount account = form.getClearingNumber() == null ? null
                : BankAccount.parse(form.getClearingNumber(), form.getAccountNumber());
        try {
            employments.update(id, new EmploymentEdit(form.getCostCentre(), form.getEndDate(), form.getEmploymentRate(),
                    form.getWeeklyHours(), form.getTaxKind(),
                    form.getTaxKind() == TaxKind.TABLE ? form.getTaxTable() : null,
                    form.getTaxKind() == TaxKind.TABLE ? form.getTaxColumn() : null,
                    form.getTaxKind() == TaxKind.FIXED_PERCENT || form.getTaxKind() == TaxKind.SINK ? form.getTaxPercent() : null,
                    form.getTaxDecisionRef(), account == null ? null : account.clearing(), account == null ? null : account.account(),
                    form.getVacationBalance(), form.getWorkDaysPerWeek()),
                    user.getName());
        } catch (LockedPayPeriodChange locked) {
            redirect.addFlashAttribute("flashError", locked.getMessage());
            return "redirect:/lonecenter/anstallda/" + employeeId;
        }
        redirect.addFlashAttribute("flashSuccess", "Anställningen är sparad.");
        return "redirect:/lonecenter/anstallda/" + employeeId;
    }

    @PostMapping("/lonecenter/anstallningar/{id}/lon")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String newSalary(@PathVariable long id, @Valid @ModelAttribute("salaryForm") SalaryChangeForm form, BindingResult errors,
                     Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        Employments.EmploymentView employment = visibleEmployment(id, user);
        long employeeId = employments.employeeOf(id).orElseThrow();
        if (!errors.hasFieldErrors("validFrom") && form.getValidFrom().isBefore(employment.startDate()))
            errors.rejectValue("validFrom", "payroll.salary.from.beforeStart", "Datumet är före anställningens början.");
        if (errors.hasErrors()) {
            model.addAttribute("salaryEmployment", id);
            model.addAttribute("amountText", errors.getFieldValue("amount")); // as typed when refused: the officer corrects it
            model.addAttribute("errorSummary", ErrorSummary.of(errors, f -> (f.equals("amount") ? "amount-" : "from-") + id, messages, locale));
            return employee(employeeId, user, model);
        }
        try {
            employments.saveSalary(id, form.getValidFrom(), new Amount(form.getAmount()), user.getName(), "anställning " + id);
            redirect.addFlashAttribute("flashSuccess", salarySaved(form.getValidFrom()));
        } catch (LockedPayPeriodChange locked) {
            redirect.addFlashAttribute("flashError", locked.getMessage());
        }
        return "redirect:/lonecenter/anstallda/" + employeeId;
    }

    /**
     * What happens to a new salary (issue 18 item 19): from a date in a paid (locked) month the difference for the paid
     * months is paid as retroactive pay in the next run; never silent.
     */
    String salarySaved(LocalDate from) {
        YearMonth month = YearMonth.from(from);
        if (employments.isPaid(month))
            return "Ny lön från " + from + " är sparad. Lönen för " + MonthWords.monthYear(month)
                    + " är redan betald: skillnaden betalas som retroaktiv lön i nästa körning.";
        return "Ny lön från " + from + " är sparad; den betalas från lönen för " + MonthWords.monthYear(month) + ".";
    }

    /**
     * Salaries, rates, hours and days are written the Swedish way ("31 250,50", "62,5") or with a point, read by the
     * module's one parser; anything else is a type mismatch shown beside the field.
     */
    @InitBinder
    void decimalComma(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, DecimalInput.editor());
    }

    /** A new employment rate from a date after the start; backdated into a released month gives retroactive pay, as a salary. */
    @PostMapping("/lonecenter/anstallningar/{id}/grad")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String newRate(@PathVariable long id, @Valid @ModelAttribute("rateForm") RateChangeForm form, BindingResult errors,
                   Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        Employments.EmploymentView employment = visibleEmployment(id, user);
        long employeeId = employments.employeeOf(id).orElseThrow();
        if (!errors.hasFieldErrors("validFrom") && !form.getValidFrom().isAfter(employment.startDate()))
            errors.rejectValue("validFrom", "payroll.rate.from.afterStart",
                    "Datumet ska vara efter anställningens början. Graden från början ändras under Ändra anställningen.");
        else if (!errors.hasFieldErrors("validFrom") && employment.endDate() != null && form.getValidFrom().isAfter(employment.endDate()))
            errors.rejectValue("validFrom", "payroll.rate.from.afterEnd", "Datumet är efter anställningens slut.");
        if (errors.hasErrors()) {
            model.addAttribute("rateEmployment", id);
            model.addAttribute("rateText", errors.getFieldValue("rate"));
            model.addAttribute("errorSummary", ErrorSummary.of(errors, f -> (f.equals("rate") ? "rate-" : "rate-from-") + id, messages, locale));
            return employee(employeeId, user, model);
        }
        employments.saveRate(id, form.getValidFrom(), form.getRate(), user.getName(), "anställning " + id);
        redirect.addFlashAttribute("flashSuccess", employments.isPaid(YearMonth.from(form.getValidFrom()))
                ? "Ny tjänstgöringsgrad från " + form.getValidFrom() + " är sparad. Lönen för " + MonthWords.monthYear(YearMonth.from(form.getValidFrom()))
                        + " är redan betald: skillnaden betalas som retroaktiv lön i nästa körning."
                : "Ny tjänstgöringsgrad från " + form.getValidFrom() + " är sparad.");
        return "redirect:/lonecenter/anstallda/" + employeeId;
    }

    @PostMapping("/lonecenter/anstallda/import")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String upload(@RequestParam(name = "fil", required = false) MultipartFile file, Authentication user,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("flashError", "Välj en arbetsbok (.xlsx) att importera.");
            return "redirect:/lonecenter/anstallda";
        }
        ReceivedFile received;
        try (InputStream content = file.getInputStream()) {
            received = imports.receive(file.getOriginalFilename(), content, user.getName());
        }
        return "redirect:/korningar/" + imports.start(received, user.getName());
    }

    @GetMapping("/lonecenter/anstallda/mall.xlsx")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    ResponseEntity<Resource> template() {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("employment-import.xlsx").build().toString())
                .body(new ClassPathResource("document-templates/employment-import.xlsx"));
    }

    private void checkCrossFields(EmploymentEditForm form, Employments.EmploymentView employment, BindingResult errors) {
        if (form.getEndDate() != null && form.getEndDate().isBefore(employment.startDate()))
            errors.rejectValue("endDate", "payroll.edit.endDate.beforeStart", "Slutdatumet är före anställningens början.");
        if (!errors.hasFieldErrors("costCentre") && form.getCostCentre() != null) {
            boolean known;
            try {
                known = !organisation.costCentres(Set.of(new CostCentreCode(form.getCostCentre()))).isEmpty();
            } catch (IllegalArgumentException e) {
                known = false;
            }
            if (!known)
                errors.rejectValue("costCentre", "payroll.edit.costCentre.unknown", "Ansvaret finns inte i organisationen.");
        }
        if (form.getTaxKind() == TaxKind.TABLE) {
            if (form.getTaxTable() == null && !errors.hasFieldErrors("taxTable"))
                errors.rejectValue("taxTable", "payroll.edit.taxTable.required", "Ange skattetabell.");
            if (form.getTaxColumn() == null && !errors.hasFieldErrors("taxColumn"))
                errors.rejectValue("taxColumn", "payroll.edit.taxColumn.required", "Ange kolumn.");
        }
        if (form.getTaxKind() == TaxKind.FIXED_PERCENT && form.getTaxPercent() == null && !errors.hasFieldErrors("taxPercent"))
            errors.rejectValue("taxPercent", "payroll.edit.taxPercent.required", "Ange skatteprocent.");
        if ((form.getClearingNumber() == null) != (form.getAccountNumber() == null))
            errors.rejectValue(form.getClearingNumber() == null ? "clearingNumber" : "accountNumber",
                    "payroll.edit.account.both", "Fyll i både clearingnummer och kontonummer, eller inget av dem.");
        else if (form.getClearingNumber() != null) {
            try {
                BankAccount account = BankAccount.parse(form.getClearingNumber(), form.getAccountNumber());
                if (account.warning() != null && !form.isBankConfirmed())
                    errors.rejectValue("accountNumber", "payroll.edit.account.confirm", new Object[] {account.warning()}, account.warning());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("accountNumber", "payroll.edit.account.invalid", new Object[] {e.getMessage()}, e.getMessage());
            }
        }
    }

    private Employments.EmploymentView visibleEmployment(long id, Authentication user) {
        long employeeId = employments.employeeOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        employments.employee(employeeId, seesProtected(user)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return employments.employment(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Payroll officers pay protected persons, so they see them (never their address); for others they do not exist. */
    static boolean seesProtected(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PAYROLL_OFFICER"));
    }
}

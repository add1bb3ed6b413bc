package se.servicekontor.payroll.payrun;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.PayrollProperties;
import se.servicekontor.payroll.employment.Employments;
import se.servicekontor.payroll.rules.PayCalendar;

/**
 * Lönecenter → Lönekörning: the wizard of a payment month (preliminary run, error list, final run,
 * release by a second officer), its progress while the job runs (htmx polling), and the review of a run:
 * totals per department and cost centre, the employees with last month's net, and one employee's pay
 * lines. Protected identities only for payroll officers, as in Anställda.
 */
@Controller
class PayRunController {

    static final String READ = "hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')";
    static final String WRITE = "hasAnyRole('PAYROLL_OFFICER','ADMIN')";
    static final int PAGE_SIZE = 50;

    private final PayRuns payRuns;
    private final Employments employments;
    private final PayrollProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final PayCalendar calendar = new PayCalendar();

    PayRunController(PayRuns payRuns, Employments employments, PayrollProperties properties, MessageSource messages, Clock clock) {
        this.payRuns = payRuns;
        this.employments = employments;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/lonecenter/lonekorning")
    @PreAuthorize(READ)
    String wizard(@RequestParam(name = "period", required = false) String period, Authentication user, Model model) {
        YearMonth month = period(period);
        PayRunWizard wizard = wizardModel(month, user, model);
        wizard.shown().ifPresent(run -> {
            model.addAttribute("totals", run.totals());
            model.addAttribute("errors", visibleErrors(payRuns.errors(run.id()), user).stream().map(e -> ErrorFix.of(e, month)).toList());
        });
        model.addAttribute("periods", periodChoices(month));
        return "payroll/payrun";
    }

    /** htmx polls this every 2 s while a run is going; when it has ended the page reloads once to show the result. */
    @HxRequest
    @GetMapping("/lonecenter/lonekorning")
    @PreAuthorize(READ)
    String progress(@RequestParam(name = "period", required = false) String period, Authentication user, Model model,
                    HttpServletResponse response) {
        PayRunWizard wizard = wizardModel(period(period), user, model);
        if (wizard.running().isEmpty())
            response.setHeader("HX-Refresh", "true");
        return "payroll/payrun :: progress";
    }

    @PostMapping("/lonecenter/lonekorning/preliminar")
    @PreAuthorize(WRITE)
    String startPreliminary(@RequestParam("period") String period, Authentication user, RedirectAttributes redirect, Locale locale) {
        YearMonth month = period(period);
        try {
            PayRunId id = payRuns.startPreliminary(month, user.getName());
            redirect.addFlashAttribute("flashSuccess", text("payroll.payrun.flash.preliminary", locale, id, month));
        } catch (ReferenceDataMissing missing) {
            redirect.addFlashAttribute("referenceDataMissing", missingText(missing, locale));
        } catch (PayRunRefused refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/lonecenter/lonekorning?period=" + month;
    }

    @PostMapping("/lonecenter/lonekorning/slutlig")
    @PreAuthorize(WRITE)
    String startFinal(@RequestParam("period") String period, @RequestParam(name = "bekraftat", required = false) String confirmed,
                      Authentication user, RedirectAttributes redirect, Locale locale) {
        YearMonth month = period(period);
        if (!"ja".equals(confirmed)) { // issue 18 item 11: never without the officer having read what it does
            redirect.addFlashAttribute("flashError", text("payroll.confirm.final.missing", locale));
            return "redirect:/lonecenter/lonekorning?period=" + month;
        }
        try {
            PayRunId id = payRuns.startFinal(month, user.getName());
            redirect.addFlashAttribute("flashSuccess", text("payroll.payrun.flash.final", locale, id, month));
        } catch (ReferenceDataMissing missing) {
            redirect.addFlashAttribute("referenceDataMissing", missingText(missing, locale));
        } catch (PayRunRefused refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/lonecenter/lonekorning?period=" + month;
    }

    @PostMapping("/lonecenter/lonekorning/{runId}/attestera")
    @PreAuthorize(WRITE)
    String release(@PathVariable long runId, @RequestParam(name = "bekraftat", required = false) String confirmed,
                   Authentication user, RedirectAttributes redirect, Locale locale) {
        PayRunView run = visibleRun(runId);
        if (!"ja".equals(confirmed)) {
            redirect.addFlashAttribute("flashError", text("payroll.confirm.release.missing", locale));
            return "redirect:/lonecenter/lonekorning?period=" + run.period();
        }
        try {
            payRuns.release(run.id(), user.getName());
            redirect.addFlashAttribute("flashSuccess", text("payroll.payrun.flash.released", locale, run.id(), run.period()));
        } catch (PayRunRefused refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/lonecenter/lonekorning?period=" + run.period();
    }

    @GetMapping("/lonecenter/lonekorning/{runId}")
    @PreAuthorize(READ)
    String review(@PathVariable long runId, @RequestParam(name = "q", defaultValue = "") String query,
                  @RequestParam(name = "sida", defaultValue = "1") int page,
                  @RequestParam(name = "forvaltning", defaultValue = "") String department,
                  @RequestParam(name = "ansvar", defaultValue = "") String costCentre,
                  @RequestParam(name = "visa", defaultValue = "ALL") String show,
                  @RequestParam(name = "procent", defaultValue = "") String percentText,
                  Authentication user, Model model) {
        PayRunView run = visibleRun(runId);
        String q = query.length() > 100 ? query.substring(0, 100) : query.strip();
        List<DepartmentTotals> departments = payRuns.totals(run.id());
        // issue 18 item 10: drill down department → cost centre → employees, and filter the list
        java.util.Set<String> centres = new java.util.HashSet<>();
        for (DepartmentTotals d : departments)
            for (CostCentreTotals c : d.costCentres())
                if ((!costCentre.isBlank() && c.costCentre().equalsIgnoreCase(costCentre.strip()))
                        || (costCentre.isBlank() && !department.isBlank() && d.department().equalsIgnoreCase(department.strip())))
                    centres.add(c.costCentre());
        if (centres.isEmpty() && !(costCentre.isBlank() && department.isBlank()))
            centres.add("-"); // a unit not in this run: nobody
        EmployeeFilter.Show shown = java.util.Arrays.stream(EmployeeFilter.Show.values()).filter(v -> v.name().equalsIgnoreCase(show))
                .findFirst().orElse(EmployeeFilter.Show.ALL);
        java.math.BigDecimal percent;
        try {
            percent = percentText.isBlank() ? null : se.servicekontor.payroll.employment.DecimalInput.parse(percentText);
        } catch (NumberFormatException e) {
            percent = null; // not a number: the office's limit
        }
        java.math.BigDecimal limit = percent == null || percent.signum() < 0 || percent.compareTo(java.math.BigDecimal.valueOf(1000)) > 0
                ? properties.netChangeWarningPercent() : percent;
        EmployeeFilter filter = new EmployeeFilter(centres, shown, limit);
        EmployeePage employees = payRuns.employees(run.id(), q, filter, seesProtected(user), Math.max(0, page - 1), PAGE_SIZE);
        model.addAttribute("run", run);
        model.addAttribute("referenceDataWarning", payRuns.referenceDataWarning(run.id()));
        model.addAttribute("departments", departments);
        model.addAttribute("department", department.strip());
        model.addAttribute("costCentre", costCentre.strip().toUpperCase(Locale.ROOT));
        model.addAttribute("show", shown);
        model.addAttribute("shows", EmployeeFilter.Show.values());
        model.addAttribute("limit", limit);
        model.addAttribute("employees", employees);
        model.addAttribute("q", q);
        model.addAttribute("percent", properties.netChangeWarningPercent());
        return "payroll/payrun-review";
    }

    @GetMapping("/lonecenter/lonekorning/{runId}/anstallda/{employeeId}")
    @PreAuthorize(READ)
    String employee(@PathVariable long runId, @PathVariable long employeeId, Authentication user, Model model) {
        PayRunView run = visibleRun(runId);
        boolean protectedToo = seesProtected(user);
        Employments.EmployeeView employee = employments.employee(employeeId, protectedToo)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // The run's result of this one employee: searched by the full personnummer, which finds at most them
        EmployeeResult result = payRuns.employees(run.id(), employee.personalIdentityNumber(), protectedToo, 0, 10).items().stream()
                .filter(e -> e.employeeId() == employeeId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        model.addAttribute("employee", result);
        model.addAttribute("lines", payRuns.lines(run.id(), employeeId));
        model.addAttribute("payMonthWords", se.servicekontor.payroll.employment.MonthWords.monthYear(run.period(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("errors", payRuns.errors(run.id()).stream().filter(e -> e.employeeId() == employeeId).toList());
        model.addAttribute("employerCost", result.totals().gross().plus(result.totals().employerContributions())
                .plus(result.totals().pension()));
        model.addAttribute("percent", properties.netChangeWarningPercent());
        return "payroll/payrun-employee";
    }

    /**
     * The error list as this user may see it: others than payroll officers do not see who has a protected
     * identity, so such an entry shows no name and no link (the counts stay true).
     */
    private List<RunError> visibleErrors(List<RunError> errors, Authentication user) {
        if (seesProtected(user))
            return errors;
        java.util.Map<Long, Boolean> visible = new java.util.HashMap<>();
        return errors.stream().map(e -> visible.computeIfAbsent(e.employeeId(), id -> employments.employee(id, false).isPresent())
                ? e : new RunError(e.employeeId(), null, null, e.code(), e.severity(), e.message())).toList();
    }

    private PayRunWizard wizardModel(YearMonth month, Authentication user, Model model) {
        PayRunWizard wizard = new PayRunWizard(payRuns.current(month), mayAct(user), user.getName());
        model.addAttribute("period", month);
        model.addAttribute("payday", calendar.payday(month));
        // issue 18 item 12: which month's salary and which month's deviations this payday pays, in words
        model.addAttribute("payMonthWords", se.servicekontor.payroll.employment.MonthWords.monthYear(month, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("deviationMonthWords", se.servicekontor.payroll.employment.MonthWords.monthYear(month.minusMonths(1), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("wizard", wizard);
        return wizard;
    }

    private PayRunView visibleRun(long runId) {
        if (runId <= 0)
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return payRuns.run(new PayRunId(runId)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The asked-for month, or the month of the next payday (the one the office is working on). */
    private YearMonth period(String value) {
        if (value != null && !value.isBlank()) {
            try {
                YearMonth month = YearMonth.parse(value.strip());
                if (month.getYear() >= 2000 && month.getYear() <= 2100)
                    return month;
            } catch (DateTimeParseException e) {
                // fall through to the default
            }
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        return calendar.payday(current).isBefore(today) ? current.plusMonths(1) : current;
    }

    /** The period selector: a year back and two months ahead of the next payday's month, and the shown month. */
    private List<YearMonth> periodChoices(YearMonth shown) {
        YearMonth next = period(null);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = next.plusMonths(2); !m.isBefore(next.minusMonths(12)); m = m.minusMonths(1))
            months.add(m);
        if (!months.contains(shown))
            months.add(shown.isAfter(next) ? 0 : months.size(), shown);
        return months;
    }

    /** The one message of a month without its reference data: what is missing, each in the reader's language. */
    private String missingText(ReferenceDataMissing missing, Locale locale) {
        String items = missing.missing().stream().map(m -> messages.getMessage(m.key(), m.arguments(), locale))
                .collect(java.util.stream.Collectors.joining("; "));
        return text("payroll.payrun.referenceDataMissing", locale, missing.period(), items);
    }

    private String text(String key, Locale locale, Object... args) {
        Object[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, strings, locale);
    }

    private static boolean mayAct(Authentication user) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_PAYROLL_OFFICER") || a.getAuthority().equals("ROLE_ADMIN"));
    }

    /** Payroll officers pay protected persons, so they see them (as in Anställda); for others they do not exist. */
    static boolean seesProtected(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PAYROLL_OFFICER"));
    }
}

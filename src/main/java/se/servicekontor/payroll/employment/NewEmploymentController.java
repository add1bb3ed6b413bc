package se.servicekontor.payroll.employment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.servicekontor.organization.OrganisationLookup;
import se.servicekontor.platform.documents.TabularRows;
import se.servicekontor.platform.documents.TabularRows.Line;

/**
 * Ny anställning: a new employee, or a further employment of a registered one, entered by hand. The
 * form has the import template's columns and goes through the same row check as the import, so a
 * row the import would skip is refused here with the same words.
 */
@Controller
class NewEmploymentController {

    /** One input of the form: its request name, the template column it fills, its current value and its error (or null). */
    record Field(String name, String column, String value, String kind, List<String> options, String error) {
    }

    /** A group of fields under a legend (issue 18 item 20: person, employment, pay, tax, bank instead of 26 in a column). */
    record Group(String key, List<Field> fields) {
    }

    private static final Map<String, List<String>> GROUPS = groups();

    /** The one term of the pages (issue 18 item 13): the import's column keeps its name, the form says tjänstgöringsgrad. */
    private static final Map<String, String> LABEL = Map.of(EmploymentSheet.RATE, "Tjänstgöringsgrad från början (%)",
            EmploymentSheet.PROTECTED, "Skyddad identitet", EmploymentSheet.FORM, "Anställningsform",
            EmploymentSheet.TAX_KIND, "Skattebeslut", EmploymentSheet.SALARY, "Lön (kr; månadslön vid heltid eller timlön)");

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("person", List.of(EmploymentSheet.PIN, EmploymentSheet.FIRST_NAME, EmploymentSheet.LAST_NAME, EmploymentSheet.STREET,
                EmploymentSheet.POSTAL_CODE, EmploymentSheet.CITY, EmploymentSheet.PROTECTED));
        g.put("employment", List.of(EmploymentSheet.COST_CENTRE, EmploymentSheet.FORM, EmploymentSheet.START, EmploymentSheet.END,
                EmploymentSheet.RATE, EmploymentSheet.WEEKLY_HOURS, EmploymentSheet.RATE_CHANGE, EmploymentSheet.RATE_CHANGE_FROM));
        g.put("pay", List.of(EmploymentSheet.SALARY, EmploymentSheet.SALARY_FROM, EmploymentSheet.VACATION_BALANCE, EmploymentSheet.PENSION));
        g.put("tax", List.of(EmploymentSheet.TAX_KIND, EmploymentSheet.TAX_TABLE, EmploymentSheet.TAX_COLUMN, EmploymentSheet.TAX_PERCENT,
                EmploymentSheet.TAX_REF));
        g.put("bank", List.of(EmploymentSheet.CLEARING, EmploymentSheet.ACCOUNT));
        return g;
    }

    /**
     * A valid stand-in for a column found wrong, so the row check goes on to the next column and the form shows every
     * error at once (issue 18 item 16). Never saved: a form with any error is shown again. 19121212-1212 is
     * Skatteverket's test personnummer.
     */
    private static final Map<String, String> STAND_IN = Map.ofEntries(Map.entry(EmploymentSheet.PIN, "19121212-1212"),
            Map.entry(EmploymentSheet.FIRST_NAME, "x"), Map.entry(EmploymentSheet.LAST_NAME, "x"),
            Map.entry(EmploymentSheet.PROTECTED, "Nej"), Map.entry(EmploymentSheet.FORM, "Tillsvidare"),
            Map.entry(EmploymentSheet.START, "1900-01-01"), Map.entry(EmploymentSheet.END, "2199-12-31"),
            Map.entry(EmploymentSheet.SALARY, "1"), Map.entry(EmploymentSheet.RATE, "100"), Map.entry(EmploymentSheet.WEEKLY_HOURS, "40"),
            Map.entry(EmploymentSheet.TAX_TABLE, "33"), Map.entry(EmploymentSheet.TAX_COLUMN, "1"), Map.entry(EmploymentSheet.TAX_PERCENT, "30"),
            Map.entry(EmploymentSheet.VACATION_BALANCE, "0"));

    private static final Map<String, String> KIND = Map.of(EmploymentSheet.START, "date", EmploymentSheet.END, "date",
            EmploymentSheet.SALARY_FROM, "date", EmploymentSheet.RATE_CHANGE_FROM, "date", EmploymentSheet.PROTECTED, "select", EmploymentSheet.FORM, "select",
            EmploymentSheet.TAX_KIND, "select");
    private static final Map<String, List<String>> OPTIONS = Map.of(EmploymentSheet.PROTECTED, List.of("Nej", "Ja"),
            EmploymentSheet.FORM, List.of("Tillsvidare", "Visstid", "Timavlönad"),
            EmploymentSheet.TAX_KIND, List.of("", "Tabell", "Jämkning", "Sidoinkomst", "SINK"));

    private final Employments employments;
    private final EmploymentRowCheck check;

    NewEmploymentController(Employments employments, OrganisationLookup organisation, Clock clock) {
        this.employments = employments;
        this.check = new EmploymentRowCheck(clock, organisation);
    }

    @GetMapping("/lonecenter/anstallda/ny")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN','AUDITOR')")
    String form(@RequestParam(name = "anstalld", required = false) Long employeeId, Authentication user, Model model) {
        Map<String, String> values = new HashMap<>();
        if (employeeId != null) {
            Employments.EmployeeView e = employments.employee(employeeId, EmploymentController.seesProtected(user))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            values.put(EmploymentSheet.PIN, e.personalIdentityNumber());
            values.put(EmploymentSheet.FIRST_NAME, e.firstName());
            values.put(EmploymentSheet.LAST_NAME, e.lastName());
            values.put(EmploymentSheet.PROTECTED, e.protectedIdentity() ? "Ja" : "Nej");
            if (!e.protectedIdentity()) { // a protected address is never shown; left blank it is kept
                values.put(EmploymentSheet.STREET, e.streetAddress());
                values.put(EmploymentSheet.POSTAL_CODE, e.postalCode());
                values.put(EmploymentSheet.CITY, e.city());
            }
            model.addAttribute("employee", e);
        }
        return page(values, Map.of(), false, model);
    }

    @PostMapping("/lonecenter/anstallda/ny")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String create(@RequestParam Map<String, String> request, Authentication user, Model model, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < EmploymentSheet.HEADERS.size(); i++) {
            String value = request.getOrDefault("f" + i, "").strip();
            values.put(EmploymentSheet.HEADERS.get(i), value.length() > 200 ? value.substring(0, 200) : value);
        }
        boolean bankConfirmed = "true".equals(request.get("bankConfirmed"));
        Map<String, String> problems = new LinkedHashMap<>();
        EmploymentRow row = checkAll(values, bankConfirmed, problems);
        if (row == null)
            return page(values, problems, bankConfirmed, model);
        Optional<Long> existing = employments.employeeWithNumber(row.person().twelveDigits());
        if (existing.isPresent() && employments.hasEmploymentFrom(existing.get(), row.startDate()))
            return page(values, Map.of(EmploymentSheet.START, "Personen har redan en anställning från " + row.startDate()
                    + ". Ändra den på den anställdes sida i stället."), bankConfirmed, model);
        if (existing.isPresent() && blankAddress(values)) { // keep the registered (possibly protected) address
            Employments.EmployeeView e = employments.employee(existing.get(), true).orElseThrow();
            values.put(EmploymentSheet.STREET, nullToEmpty(e.streetAddress()));
            values.put(EmploymentSheet.POSTAL_CODE, nullToEmpty(e.postalCode()));
            values.put(EmploymentSheet.CITY, nullToEmpty(e.city()));
            row = checkAll(values, bankConfirmed, problems);
            if (row == null)
                return page(values, problems, bankConfirmed, model);
        }
        employments.save(row, user.getName());
        long id = employments.employeeWithNumber(row.person().twelveDigits()).orElseThrow();
        redirect.addFlashAttribute("flashSuccess", "Anställningen från " + row.startDate() + " är registrerad.");
        return "redirect:/lonecenter/anstallda/" + id;
    }

    /**
     * The row as checked, or null with every problem by column in {@code problems}: after a problem the column gets a valid
     * stand-in and the check runs again, until the row passes or a column fails twice (a problem of the row as a whole).
     */
    private EmploymentRow checkAll(Map<String, String> values, boolean bankConfirmed, Map<String, String> problems) {
        Map<String, String> trial = new HashMap<>(values);
        for (int i = 0; i <= EmploymentSheet.HEADERS.size(); i++) {
            try {
                EmploymentRow row = check.check(line(trial, bankConfirmed));
                return problems.isEmpty() ? row : null;
            } catch (EmploymentRowRules.RowProblem problem) {
                String column = problem.column() == null ? "" : problem.column();
                if (problems.containsKey(column))
                    return null;
                problems.put(column, formWords(problem.getMessage()));
                if (column.isEmpty())
                    return null;
                trial.put(column, STAND_IN.getOrDefault(column, ""));
                if (column.equals(EmploymentSheet.ACCOUNT))
                    trial.put(EmploymentSheet.CLEARING, "");
            }
        }
        return null;
    }

    /** The row check speaks to the import too; on the form the bank confirmation is the box below the field. */
    private static String formWords(String message) {
        int import_ = message.indexOf(" Kontot sparas inte förrän någon");
        return import_ < 0 ? message : message.substring(0, import_) + " " + BANK_BOX;
    }

    private static final String BANK_BOX = "Kontot sparas när du har kontrollerat numret med banken och kryssat i rutan nedan.";

    private static String page(Map<String, String> values, Map<String, String> problems, boolean bankConfirmed, Model model) {
        List<Group> groups = new ArrayList<>();
        List<ErrorSummary.Item> summary = new ArrayList<>();
        GROUPS.forEach((key, columns) -> {
            List<Field> fields = new ArrayList<>();
            for (String column : columns) {
                String name = "f" + EmploymentSheet.HEADERS.indexOf(column);
                fields.add(new Field(name, LABEL.getOrDefault(column, column), values.getOrDefault(column, ""), KIND.getOrDefault(column, "text"),
                        OPTIONS.getOrDefault(column, List.of()), problems.get(column)));
            }
            groups.add(new Group(key, fields));
        });
        // the summary in the order of the form, each a link to its field; a problem of the row as a whole first
        if (problems.containsKey(""))
            summary.add(new ErrorSummary.Item("f0", problems.get("")));
        for (Group g : groups)
            for (Field f : g.fields())
                if (f.error() != null)
                    summary.add(new ErrorSummary.Item(f.name(), f.error()));
        model.addAttribute("groups", groups);
        model.addAttribute("required", EmploymentSheet.REQUIRED);
        model.addAttribute("errorSummary", ErrorSummary.of(summary));
        model.addAttribute("askBankConfirm", bankConfirmed || (problems.getOrDefault(EmploymentSheet.ACCOUNT, "").endsWith(BANK_BOX)));
        model.addAttribute("bankConfirmed", bankConfirmed);
        return "payroll/employment-new";
    }

    private static Line line(Map<String, String> values, boolean bankConfirmed) {
        Map<String, String> byHeader = new HashMap<>();
        if (bankConfirmed)
            byHeader.put(TabularRows.normaliseHeader(EmploymentRowRules.BANK_CONFIRMED), "Ja");
        values.forEach((column, value) -> {
            if (value != null && !value.isBlank())
                byHeader.put(TabularRows.normaliseHeader(column), value);
        });
        return new Line("Formuläret", 1, byHeader);
    }

    private static boolean blankAddress(Map<String, String> values) {
        return values.get(EmploymentSheet.STREET).isEmpty() && values.get(EmploymentSheet.POSTAL_CODE).isEmpty()
                && values.get(EmploymentSheet.CITY).isEmpty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

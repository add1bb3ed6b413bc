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

    /** One input of the form: its request name, the template column it fills and its current value. */
    record Field(String name, String column, String value, String kind, List<String> options) {
    }

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
        return page(values, null, model);
    }

    @PostMapping("/lonecenter/anstallda/ny")
    @PreAuthorize("hasAnyRole('PAYROLL_OFFICER','ADMIN')")
    String create(@RequestParam Map<String, String> request, Authentication user, Model model, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < EmploymentSheet.HEADERS.size(); i++) {
            String value = request.getOrDefault("f" + i, "").strip();
            values.put(EmploymentSheet.HEADERS.get(i), value.length() > 200 ? value.substring(0, 200) : value);
        }
        EmploymentRow row;
        try {
            row = check.check(line(values));
        } catch (EmploymentRowRules.RowProblem problem) {
            return page(values, problem.getMessage(), model);
        }
        Optional<Long> existing = employments.employeeWithNumber(row.person().twelveDigits());
        if (existing.isPresent() && employments.hasEmploymentFrom(existing.get(), row.startDate()))
            return page(values, "Personen har redan en anställning från " + row.startDate()
                    + ". Ändra den på den anställdes sida i stället.", model);
        if (existing.isPresent() && blankAddress(values)) { // keep the registered (possibly protected) address
            Employments.EmployeeView e = employments.employee(existing.get(), true).orElseThrow();
            values.put(EmploymentSheet.STREET, nullToEmpty(e.streetAddress()));
            values.put(EmploymentSheet.POSTAL_CODE, nullToEmpty(e.postalCode()));
            values.put(EmploymentSheet.CITY, nullToEmpty(e.city()));
            try {
                row = check.check(line(values));
            } catch (EmploymentRowRules.RowProblem problem) {
                return page(values, problem.getMessage(), model);
            }
        }
        employments.save(row, user.getName());
        long id = employments.employeeWithNumber(row.person().twelveDigits()).orElseThrow();
        redirect.addFlashAttribute("flashSuccess", "Anställningen från " + row.startDate() + " är registrerad.");
        return "redirect:/lonecenter/anstallda/" + id;
    }

    private static String page(Map<String, String> values, String problem, Model model) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < EmploymentSheet.HEADERS.size(); i++) {
            String column = EmploymentSheet.HEADERS.get(i);
            fields.add(new Field("f" + i, column, values.getOrDefault(column, ""), KIND.getOrDefault(column, "text"),
                    OPTIONS.getOrDefault(column, List.of())));
        }
        model.addAttribute("fields", fields);
        model.addAttribute("required", EmploymentSheet.REQUIRED);
        model.addAttribute("problem", problem);
        return "payroll/employment-new";
    }

    private static Line line(Map<String, String> values) {
        Map<String, String> byHeader = new HashMap<>();
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

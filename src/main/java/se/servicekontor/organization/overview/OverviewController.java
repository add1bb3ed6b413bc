package se.servicekontor.organization.overview;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.servicekontor.organization.OrganisationLookup;
import se.servicekontor.organization.register.Departments;
import se.servicekontor.platform.Role;

/**
 * Översikt: a department head sees their own department — the cost centres the attest register gives
 * them today, with their rights; a manager sees their department's cost centres; administrators and
 * auditors see every department. Invoices, pay-run state and costs join this page as those modules land.
 */
@Controller
class OverviewController {

    private final DepartmentScope scope;
    private final OrganisationLookup lookup;
    private final Departments departments;
    private final Clock clock;

    OverviewController(DepartmentScope scope, OrganisationLookup lookup, Departments departments, Clock clock) {
        this.scope = scope;
        this.lookup = lookup;
        this.departments = departments;
        this.clock = clock;
    }

    @GetMapping("/oversikt")
    @PreAuthorize("hasAnyRole('APPROVER','MANAGER','ADMIN','AUDITOR')")
    String overview(Authentication user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        if (has(user, Role.ADMIN) || has(user, Role.AUDITOR)) {
            model.addAttribute("allDepartments", departments.overview());
            return "organization/overview";
        }
        String username = user.getName();
        model.addAttribute("department", lookup.departmentOf(username).orElse(null));
        model.addAttribute("costCentres", has(user, Role.APPROVER)
                ? scope.approverCostCentres(username, today)
                : scope.departmentCostCentres(username));
        model.addAttribute("rights", scope.rightsOf(username, today));
        return "organization/overview";
    }

    private static boolean has(Authentication user, Role role) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}

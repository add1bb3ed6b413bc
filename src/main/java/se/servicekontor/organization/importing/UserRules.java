package se.servicekontor.organization.importing;

import java.util.Set;

import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.organization.users.UserDetailsToSave;
import se.servicekontor.platform.Role;

/**
 * Sheet Användare: Användarnamn, Namn, E-post, Roller (comma-separated), Förvaltning (needed for the
 * MANAGER role), Aktiv (Ja/Nej, blank = Ja). Passwords are never imported.
 */
final class UserRules implements SheetRules<UserDetailsToSave> {

    private static final String USERNAME = "[a-z0-9][a-z0-9._@-]{0,99}";

    @Override
    public OrganisationSheet sheet() {
        return OrganisationSheet.USERS;
    }

    @Override
    public UserDetailsToSave parse(RowFields fields) {
        String username = username(fields, "Användarnamn", true);
        String name = fields.required("Namn", "Fyll i användarens för- och efternamn.", 200);
        String email = fields.optional("E-post", 320);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw fields.reject("E-post '" + email + "' är ingen e-postadress. Rätta den eller lämna cellen tom.");
        }
        Set<Role> roles;
        try {
            roles = RoleNames.parse(fields.row().get("Roller"));
        } catch (IllegalArgumentException e) {
            throw fields.reject(e.getMessage() + ". Använd någon av AGENT, PAYROLL_OFFICER, ECONOMY_OFFICER, APPROVER, "
                    + "MANAGER, ADMIN, AUDITOR (eller KUNDCENTER, LÖN, EKONOMI, ATTESTANT, CHEF, ADMINISTRATÖR, REVISOR), "
                    + "åtskilda med komma.");
        }
        String departmentText = fields.optional("Förvaltning", 20);
        DepartmentCode department;
        try {
            department = departmentText == null ? null : new DepartmentCode(departmentText);
        } catch (IllegalArgumentException e) {
            throw fields.reject(e.getMessage());
        }
        if (roles.contains(Role.MANAGER) && department == null) {
            throw fields.reject("rollen MANAGER (chef) kräver en förvaltning. Fyll i förvaltningens kod i kolumnen Förvaltning.");
        }
        boolean enabled = fields.yesNo("Aktiv", true);
        return new UserDetailsToSave(username, name, email, department, roles, enabled);
    }

    @Override
    public String describeKey(UserDetailsToSave item) {
        return "användarnamnet '" + item.username() + "'";
    }

    @Override
    public String key(UserDetailsToSave item) {
        return item.username();
    }

    @Override
    public void check(UserDetailsToSave item, RowFields fields, Register register, WorkbookRows<UserDetailsToSave> workbook) {
        if (item.department() != null && !register.departmentExists(item.department())) {
            throw fields.reject("okänd förvaltning '" + item.department()
                    + "'. Lägg till den på bladet Förvaltningar eller rätta koden.");
        }
    }

    /** A user name in lower case, or null when blank and not required. */
    static String username(RowFields fields, String header, boolean required) {
        String value = required ? fields.required(header, "Fyll i användarnamnet, t.ex. anna.andersson.", 100)
                : fields.optional(header, 100);
        if (value == null) {
            return null;
        }
        String username = value.toLowerCase(java.util.Locale.ROOT);
        if (!username.matches(USERNAME)) {
            throw fields.reject(header + " '" + value + "' är ogiltigt. Använd bokstäverna a–z, siffror och . _ - @ "
                    + "(inga mellanslag eller å, ä, ö).");
        }
        return username;
    }
}

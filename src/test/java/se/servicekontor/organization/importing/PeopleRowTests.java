package se.servicekontor.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static se.servicekontor.organization.importing.Rows.judge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.organization.register.EmployeePlacements.Placement;
import se.servicekontor.organization.users.UserDetailsToSave;
import se.servicekontor.platform.Role;
import se.servicekontor.platform.jobs.RejectedItemException;

/** The rules of rows on sheets Förvaltningar, Ansvar, Användare and Anställda, without a database. */
class PeopleRowTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

    final Rows.InMemoryRegister register = new Rows.InMemoryRegister().with("UTB", "2110", "anna");

    static <T> String rejection(SheetRules<T> rules, Rows.InMemoryRegister register, SheetRow row) {
        try {
            judge(rules, register, List.of(), row);
        } catch (RejectedItemException e) {
            return e.reason();
        }
        throw new AssertionError("row was accepted: " + row.text());
    }

    static SheetRow user(String username, String roles, String department) {
        return Rows.row(OrganisationSheet.USERS, 5, "Användarnamn", username, "Namn", "Bo Berg", "E-post", "bo@exempelby.se",
                "Roller", roles, "Förvaltning", department);
    }

    static SheetRow employee(String pin, String costCentre, String protectedIdentity, String username) {
        return Rows.row(OrganisationSheet.EMPLOYEES, 12, "Personnummer", pin, "Förnamn", "Bo", "Efternamn", "Berg",
                "Ansvar", costCentre, "Skyddad identitet", protectedIdentity, "Användarnamn", username);
    }

    @Test
    void costCentreNeedsAKnownDepartment() {
        SheetRow row = Rows.row(OrganisationSheet.COST_CENTRES, 14, "Kod", "2120", "Namn", "Förskolan Solrosen", "Förvaltning", "skl");

        assertThat(rejection(new CostCentreRules(), register, row))
                .isEqualTo("Ansvar rad 14: okänd förvaltning 'SKL'. Lägg till den på bladet Förvaltningar eller rätta koden.");
    }

    @Test
    void departmentCodeIsLettersOrDigits() {
        SheetRow row = Rows.row(OrganisationSheet.DEPARTMENTS, 3, "Kod", "U T B", "Namn", "Utbildning");

        assertThat(rejection(new DepartmentRules(), register, row))
                .isEqualTo("Förvaltningar rad 3: Förvaltningskoden 'U T B' är ogiltig: använd 1–20 bokstäver eller siffror (även - och _).");
        assertThat(judge(new DepartmentRules(), register, List.of(), Rows.row(OrganisationSheet.DEPARTMENTS, 3, "Kod", " utb ", "Namn", "U")).code())
                .isEqualTo(new DepartmentCode("UTB"));
    }

    @Test
    void rolesAreRoleNamesOrTheirSwedishAliases() {
        UserDetailsToSave user = judge(new UserRules(), register, List.of(), user("Bo.Berg", "attestant, Chef; admin", "UTB"));

        assertThat(user.username()).isEqualTo("bo.berg");
        assertThat(user.roles()).isEqualTo(EnumSet.of(Role.APPROVER, Role.MANAGER, Role.ADMIN));
        assertThat(user.enabled()).isTrue();
        assertThat(rejection(new UserRules(), register, user("bo", "AGENT, SUPERADMIN", null)))
                .startsWith("Användare rad 5: okänd roll 'SUPERADMIN'. Använd någon av AGENT, PAYROLL_OFFICER,");
    }

    @Test
    void aManagerNeedsAKnownDepartment() {
        assertThat(rejection(new UserRules(), register, user("bo", "MANAGER", null)))
                .isEqualTo("Användare rad 5: rollen MANAGER (chef) kräver en förvaltning. Fyll i förvaltningens kod i kolumnen Förvaltning.");
        assertThat(rejection(new UserRules(), register, user("bo", "MANAGER", "SOC")))
                .isEqualTo("Användare rad 5: okänd förvaltning 'SOC'. Lägg till den på bladet Förvaltningar eller rätta koden.");
    }

    @Test
    void usernameIsPlainLowerCaseAscii() {
        assertThat(rejection(new UserRules(), register, user("björn berg", "AGENT", null)))
                .isEqualTo("Användare rad 5: Användarnamn 'björn berg' är ogiltigt. Använd bokstäverna a–z, siffror och . _ - @ "
                        + "(inga mellanslag eller å, ä, ö).");
    }

    @Test
    void employeeRowIsPlacedOnAKnownCostCentreWithProtectedIdentityAsJaOrNej() {
        Placement placement = judge(new EmployeeRules(CLOCK), register, List.of(), employee("19811218-9876", "2110", "Ja", "Anna"));

        assertThat(placement).isEqualTo(new Placement("198112189876", "Bo", "Berg", new CostCentreCode("2110"), true, "anna"));
        assertThat(judge(new EmployeeRules(CLOCK), register, List.of(), employee("198112189876", "2110", "", null)).protectedIdentity()).isFalse();
        assertThat(rejection(new EmployeeRules(CLOCK), register, employee("19811218-9876", "2110", "kanske", null)))
                .isEqualTo("Anställda rad 12: Skyddad identitet 'kanske' ska vara Ja eller Nej.");
        assertThat(rejection(new EmployeeRules(CLOCK), register, employee("19811218-9876", "3110", "Nej", null)))
                .isEqualTo("Anställda rad 12: okänt ansvar '3110'. Lägg till det på bladet Ansvar eller rätta koden.");
        assertThat(rejection(new EmployeeRules(CLOCK), register, employee("19811218-9876", "2110", "Nej", "okand")))
                .isEqualTo("Anställda rad 12: okänd användare 'okand'. Lägg till användaren på bladet Användare eller lämna Användarnamn tomt.");
    }

    @Test
    void aRejectedEmployeeRowNeverShowsTheNumberOrTheName() {
        try {
            judge(new EmployeeRules(CLOCK), register, List.of(), employee("19811218-9875", "2110", "Ja", null));
            throw new AssertionError("accepted");
        } catch (RejectedItemException e) {
            assertThat(e.reason()).isEqualTo("Anställda rad 12: personnumret har fel kontrollsiffra. Kontrollera numret.");
            assertThat(e.itemText()).isEqualTo("Ansvar=2110");
        }
    }
}

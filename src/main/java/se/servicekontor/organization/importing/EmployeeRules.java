package se.servicekontor.organization.importing;

import java.time.Clock;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.register.EmployeePlacements.Placement;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * Sheet Anställda: Personnummer (12 digits), Förnamn, Efternamn, Ansvar, Skyddad identitet (Ja/Nej),
 * Användarnamn (optional link to a user). Rejections never repeat the personal identity number or,
 * for protected identities, the name.
 */
final class EmployeeRules implements SheetRules<Placement> {

    private final Clock clock;

    EmployeeRules(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OrganisationSheet sheet() {
        return OrganisationSheet.EMPLOYEES;
    }

    @Override
    public Placement parse(RowFields fields) {
        String text = fields.required("Personnummer", "Fyll i personnumret med 12 siffror (ÅÅÅÅMMDD-NNNN).", 13);
        String number;
        try {
            number = PersonalIdentityNumber.parse(text, clock).twelveDigits();
        } catch (IllegalArgumentException e) {
            // the shared type's messages name what is wrong without repeating the number
            String reason = e.getMessage();
            throw fields.reject(Character.toLowerCase(reason.charAt(0)) + reason.substring(1) + ". Kontrollera numret.");
        }
        String firstName = fields.required("Förnamn", "Fyll i förnamnet.", 100);
        String lastName = fields.required("Efternamn", "Fyll i efternamnet.", 100);
        String costCentre = fields.required("Ansvar", "Fyll i koden för ansvaret där den anställda är placerad.", 20);
        boolean protectedIdentity = fields.yesNo("Skyddad identitet", false);
        String username = UserRules.username(fields, "Användarnamn", false);
        try {
            return new Placement(number, firstName, lastName, new CostCentreCode(costCentre), protectedIdentity, username);
        } catch (IllegalArgumentException e) {
            throw fields.reject(e.getMessage());
        }
    }

    @Override
    public String describeKey(Placement item) {
        return "personnumret";
    }

    @Override
    public String key(Placement item) {
        return item.personalIdentityNumber();
    }

    @Override
    public void check(Placement item, RowFields fields, Register register, WorkbookRows<Placement> workbook) {
        if (!register.costCentreExists(item.costCentre())) {
            throw fields.reject("okänt ansvar '" + item.costCentre() + "'. Lägg till det på bladet Ansvar eller rätta koden.");
        }
        if (item.username() != null && !register.userExists(item.username())) {
            throw fields.reject("okänd användare '" + item.username()
                    + "'. Lägg till användaren på bladet Användare eller lämna Användarnamn tomt.");
        }
    }

    /** Only the cost centre and user name: no identity number, no name. */
    @Override
    public String itemText(SheetRow row) {
        return "Ansvar=" + row.get("Ansvar")
                + (row.get("Användarnamn").isEmpty() ? "" : "; Användarnamn=" + row.get("Användarnamn"));
    }
}

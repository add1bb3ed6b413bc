package se.servicekontor.organization.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.register.AttestKind;
import se.servicekontor.organization.register.AttestRight;
import se.servicekontor.organization.register.ValidityPeriod;

/**
 * Sheet Attesträtter: Användarnamn, Ansvar, Typ (granskning|beslut), Beloppsgräns (kronor; blank = no
 * limit), Giltig från, Giltig till (blank = until further notice), Ersättare (optional user name).
 *
 * <p>Periods of the same user, cost centre and kind must not overlap — neither with an earlier row of
 * the workbook (the later row is skipped) nor with a stored line the workbook does not mention (a
 * stored line the workbook does mention is replaced by the workbook's version, which is checked
 * instead).
 */
final class AttestRightRules implements SheetRules<AttestRight> {

    @Override
    public OrganisationSheet sheet() {
        return OrganisationSheet.ATTEST_RIGHTS;
    }

    @Override
    public AttestRight parse(RowFields fields) {
        String holder = UserRules.username(fields, "Användarnamn", true);
        String costCentreText = fields.required("Ansvar", "Fyll i ansvarets kod, t.ex. 2110.", 20);
        CostCentreCode costCentre;
        try {
            costCentre = new CostCentreCode(costCentreText);
        } catch (IllegalArgumentException e) {
            throw fields.reject(e.getMessage());
        }
        AttestKind kind = kind(fields);
        BigDecimal limit = limit(fields);
        LocalDate from = fields.date("Giltig från", true);
        LocalDate to = fields.date("Giltig till", false);
        if (to != null && to.isBefore(from)) {
            throw fields.reject("Giltig till (" + to + ") är före Giltig från (" + from + "). Rätta datumen.");
        }
        String substitute = UserRules.username(fields, "Ersättare", false);
        if (holder.equals(substitute)) {
            throw fields.reject("ersättaren kan inte vara samma person som attestanten. Välj en annan ersättare "
                    + "eller lämna cellen tom.");
        }
        return new AttestRight(holder, costCentre, kind, limit, new ValidityPeriod(from, to), substitute);
    }

    @Override
    public String describeKey(AttestRight item) {
        return "attesträtten för " + item.holder() + " (" + item.kind().swedish() + " på " + item.costCentre()
                + " från " + item.period().from() + ")";
    }

    @Override
    public String key(AttestRight item) {
        return group(item) + "|" + item.period().from();
    }

    @Override
    public String group(AttestRight item) {
        return item.holder() + "|" + item.costCentre().value() + "|" + item.kind();
    }

    @Override
    public void check(AttestRight item, RowFields fields, Register register, WorkbookRows<AttestRight> workbook) {
        if (!register.userExists(item.holder())) {
            throw fields.reject("okänd användare '" + item.holder()
                    + "'. Lägg till användaren på bladet Användare eller rätta användarnamnet.");
        }
        if (!register.costCentreExists(item.costCentre())) {
            throw fields.reject("okänt ansvar '" + item.costCentre() + "'. Lägg till det på bladet Ansvar eller rätta koden.");
        }
        if (item.substitute() != null && !register.userExists(item.substitute())) {
            throw fields.reject("okänd ersättare '" + item.substitute()
                    + "'. Lägg till användaren på bladet Användare eller rätta användarnamnet.");
        }
        int row = fields.row().rowNumber();
        for (WorkbookRows.Parsed<AttestRight> other : workbook.groupOf(item)) {
            if (other.rowNumber() < row && other.item().period().overlaps(item.period())) {
                throw fields.reject("perioden " + item.period() + " överlappar rad " + other.rowNumber() + " ("
                        + other.item().period() + ") för samma användare, ansvar och typ. Avsluta den ena perioden "
                        + "innan den andra börjar.");
            }
        }
        for (AttestRight stored : register.attestPeriods(item.holder(), item.costCentre(), item.kind())) {
            boolean inWorkbook = workbook.groupOf(item).stream().anyMatch(p -> p.item().sameKey(stored));
            if (!inWorkbook && !stored.sameKey(item) && stored.period().overlaps(item.period())) {
                throw fields.reject("perioden " + item.period() + " överlappar en attesträtt som redan finns i registret ("
                        + stored.period() + ") men inte i arbetsboken. Ta med den i arbetsboken med ett slutdatum så att "
                        + "perioderna inte överlappar, eller ändra den här periodens datum.");
            }
        }
    }

    private static AttestKind kind(RowFields fields) {
        String text = fields.required("Typ", "Fyll i granskning eller beslut.", 30);
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "granskning", "granskningsattest", "g" -> AttestKind.REVIEW;
            case "beslut", "beslutsattest", "b" -> AttestKind.DECISION;
            default -> throw fields.reject("Typ '" + text + "' ska vara granskning eller beslut.");
        };
    }

    private static BigDecimal limit(RowFields fields) {
        String text = fields.row().get("Beloppsgräns");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Kronor.parse(text);
        } catch (IllegalArgumentException e) {
            throw fields.reject("Beloppsgräns '" + text + "' " + e.getMessage() + ". Skriv beloppet i kronor, "
                    + "t.ex. 50000 eller 50 000,00, eller lämna cellen tom för ingen beloppsgräns.");
        }
    }
}

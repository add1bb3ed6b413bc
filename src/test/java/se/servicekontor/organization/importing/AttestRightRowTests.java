package se.servicekontor.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.servicekontor.organization.importing.Rows.judge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.organization.register.AttestKind;
import se.servicekontor.organization.register.AttestRight;
import se.servicekontor.organization.register.ValidityPeriod;
import se.servicekontor.platform.jobs.RejectedItemException;

/** The rules of a row on sheet Attesträtter, without a database. */
class AttestRightRowTests {

    final AttestRightRules rules = new AttestRightRules();
    final Rows.InMemoryRegister register = new Rows.InMemoryRegister().with("anna", "bo", "2110", "2120");

    static SheetRow row(int number, String user, String costCentre, String kind, String limit, String from, String to, String substitute) {
        return Rows.row(OrganisationSheet.ATTEST_RIGHTS, number, "Användarnamn", user, "Ansvar", costCentre, "Typ", kind,
                "Beloppsgräns (kr)", limit, "Giltig från", from, "Giltig till", to, "Ersättare", substitute);
    }

    AttestRight judgeAlone(SheetRow row) {
        return judge(rules, register, List.of(), row);
    }

    String rejection(List<SheetRow> earlier, SheetRow row) {
        try {
            judge(rules, register, earlier, row);
        } catch (RejectedItemException e) {
            assertThat(e.itemRef()).isEqualTo("Attesträtter rad " + row.rowNumber());
            return e.reason();
        }
        throw new AssertionError("row was accepted: " + row.text());
    }

    @Test
    void aCompleteRowBecomesAnAttestLine() {
        AttestRight right = judgeAlone(row(2, "Anna", "2110", "Beslut", "50 000,50", "2026-01-01", "2026-12-31", "bo"));

        assertThat(right).isEqualTo(new AttestRight("anna", new CostCentreCode("2110"), AttestKind.DECISION,
                new BigDecimal("50000.50"), new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), "bo"));
    }

    @Test
    void limitIsReadExactlyInSwedishOrDotNotationAndBlankMeansNoLimit() {
        assertThat(judgeAlone(row(2, "anna", "2110", "granskning", "50000.5", "2026-01-01", null, null)).amountLimit())
                .isEqualTo(new BigDecimal("50000.50"));
        assertThat(judgeAlone(row(2, "anna", "2110", "granskning", "1 234 567,89 kr", "2026-01-01", null, null)).amountLimit())
                .isEqualTo(new BigDecimal("1234567.89"));
        assertThat(judgeAlone(row(2, "anna", "2110", "granskning", "", "2026-01-01", null, null)).amountLimit()).isNull();
    }

    @Test
    void limitMustBeANonNegativeAmountInKronorAndÖre() {
        assertThat(rejection(List.of(), row(7, "anna", "2110", "beslut", "femtio tusen", "2026-01-01", null, null)))
                .isEqualTo("Attesträtter rad 7: Beloppsgräns 'femtio tusen' är inte ett belopp. Skriv beloppet i kronor, "
                        + "t.ex. 50000 eller 50 000,00, eller lämna cellen tom för ingen beloppsgräns.");
        assertThat(rejection(List.of(), row(7, "anna", "2110", "beslut", "-100", "2026-01-01", null, null)))
                .startsWith("Attesträtter rad 7: Beloppsgräns '-100' är negativ.");
        assertThat(rejection(List.of(), row(7, "anna", "2110", "beslut", "100,125", "2026-01-01", null, null)))
                .startsWith("Attesträtter rad 7: Beloppsgräns '100,125' har fler än två decimaler.");
        assertThat(rejection(List.of(), row(7, "anna", "2110", "beslut", "1.234,50", "2026-01-01", null, null)))
                .startsWith("Attesträtter rad 7: Beloppsgräns '1.234,50' är inte ett belopp.");
    }

    @Test
    void periodMustEndOnOrAfterItsStart() {
        assertThat(rejection(List.of(), row(3, "anna", "2110", "beslut", null, "2026-05-01", "2026-04-30", null)))
                .isEqualTo("Attesträtter rad 3: Giltig till (2026-04-30) är före Giltig från (2026-05-01). Rätta datumen.");
        assertThat(judgeAlone(row(3, "anna", "2110", "beslut", null, "2026-05-01", "2026-05-01", null)).period())
                .isEqualTo(new ValidityPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)));
    }

    @Test
    void datesAreExcelDatesOrIsoText() {
        assertThat(judgeAlone(row(2, "anna", "2110", "beslut", null, "2026-01-01 00:00:00", null, null)).period().from())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(rejection(List.of(), row(4, "anna", "2110", "beslut", null, "1/1/2026", null, null)))
                .isEqualTo("Attesträtter rad 4: Giltig från '1/1/2026' är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.");
        assertThat(rejection(List.of(), row(4, "anna", "2110", "beslut", null, "", null, null)))
                .startsWith("Attesträtter rad 4: Giltig från saknas.");
    }

    @Test
    void kindIsReviewOrDecision() {
        assertThat(judgeAlone(row(2, "anna", "2110", "Granskningsattest", null, "2026-01-01", null, null)).kind())
                .isEqualTo(AttestKind.REVIEW);
        assertThat(rejection(List.of(), row(5, "anna", "2110", "godkännande", null, "2026-01-01", null, null)))
                .isEqualTo("Attesträtter rad 5: Typ 'godkännande' ska vara granskning eller beslut.");
    }

    @Test
    void holderCostCentreAndSubstituteMustExistAndTheSubstituteBeSomeoneElse() {
        assertThat(rejection(List.of(), row(6, "kalle", "2110", "beslut", null, "2026-01-01", null, null)))
                .isEqualTo("Attesträtter rad 6: okänd användare 'kalle'. Lägg till användaren på bladet Användare eller rätta användarnamnet.");
        assertThat(rejection(List.of(), row(6, "anna", "9999", "beslut", null, "2026-01-01", null, null)))
                .isEqualTo("Attesträtter rad 6: okänt ansvar '9999'. Lägg till det på bladet Ansvar eller rätta koden.");
        assertThat(rejection(List.of(), row(6, "anna", "2110", "beslut", null, "2026-01-01", null, "kalle")))
                .isEqualTo("Attesträtter rad 6: okänd ersättare 'kalle'. Lägg till användaren på bladet Användare eller rätta användarnamnet.");
        assertThat(rejection(List.of(), row(6, "anna", "2110", "beslut", null, "2026-01-01", null, "ANNA")))
                .isEqualTo("Attesträtter rad 6: ersättaren kan inte vara samma person som attestanten. Välj en annan ersättare eller lämna cellen tom.");
    }

    @Test
    void aPeriodOverlappingAnEarlierRowOfTheSameUserCostCentreAndKindIsRejected() {
        SheetRow earlier = row(2, "anna", "2110", "beslut", null, "2026-01-01", null, null);

        assertThat(rejection(List.of(earlier), row(9, "anna", "2110", "beslut", null, "2026-06-01", "2026-12-31", null)))
                .isEqualTo("Attesträtter rad 9: perioden 2026-06-01–2026-12-31 överlappar rad 2 (2026-01-01–tills vidare) "
                        + "för samma användare, ansvar och typ. Avsluta den ena perioden innan den andra börjar.");
    }

    @Test
    void periodsThatFollowEachOtherOrDifferInKindOrCostCentreDoNotOverlap() {
        List<SheetRow> earlier = List.of(row(2, "anna", "2110", "beslut", null, "2025-01-01", "2025-12-31", null));

        assertThat(judge(rules, register, earlier, row(3, "anna", "2110", "beslut", null, "2026-01-01", null, null))).isNotNull();
        assertThat(judge(rules, register, earlier, row(3, "anna", "2110", "granskning", null, "2025-06-01", null, null))).isNotNull();
        assertThat(judge(rules, register, earlier, row(3, "anna", "2120", "beslut", null, "2025-06-01", null, null))).isNotNull();
        assertThat(judge(rules, register, earlier, row(3, "bo", "2110", "beslut", null, "2025-06-01", null, null))).isNotNull();
    }

    @Test
    void aPeriodOverlappingAStoredLineTheWorkbookDoesNotMentionIsRejected() {
        register.attestRights.add(stored("2025-01-01", null));

        assertThat(rejection(List.of(), row(4, "anna", "2110", "beslut", null, "2026-01-01", null, null)))
                .isEqualTo("Attesträtter rad 4: perioden 2026-01-01–tills vidare överlappar en attesträtt som redan finns i "
                        + "registret (2025-01-01–tills vidare) men inte i arbetsboken. Ta med den i arbetsboken med ett "
                        + "slutdatum så att perioderna inte överlappar, eller ändra den här periodens datum.");
    }

    @Test
    void aStoredLineIsReplacedByTheWorkbooksVersionOfIt() {
        register.attestRights.add(stored("2025-01-01", null));
        register.attestRights.add(stored("2026-01-01", null));
        List<SheetRow> earlier = List.of(row(2, "anna", "2110", "beslut", "1000", "2025-01-01", "2025-12-31", null));

        // the same line with a new limit is an update; the 2025 line ends before 2026 in the workbook
        AttestRight right = judge(rules, register, earlier, row(3, "anna", "2110", "beslut", "2000", "2026-01-01", null, null));

        assertThat(right.amountLimit()).isEqualTo(new BigDecimal("2000.00"));
    }

    AttestRight stored(String from, String to) {
        return new AttestRight("anna", new CostCentreCode("2110"), AttestKind.DECISION, null,
                new ValidityPeriod(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)), null);
    }
}

package se.servicekontor.payroll.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import se.servicekontor.platform.documents.TabularRows;
import se.servicekontor.platform.documents.TabularRows.Line;

/**
 * Issue 16: a protected person's name, place, cost centre and birth date never reach the texts that others than
 * payroll officers read — the skipped rows of an import (Körningar, its CSV) and the audit trail.
 */
class ProtectedIdentityTextsTests {

    static final Map<String, String> ROW = Map.of(
            EmploymentSheet.PIN, "19850412-2387", EmploymentSheet.FIRST_NAME, "Sara", EmploymentSheet.LAST_NAME, "Holm",
            EmploymentSheet.CITY, "Kiruna", EmploymentSheet.COST_CENTRE, "4711", EmploymentSheet.STREET, "Storgatan 1");

    @Test
    void aSkippedRowOfAProtectedPersonShowsOnlyItsRowNumber() {
        for (String yes : new String[] {"Ja", "ja ", "JA", "yes"}) {
            Map<String, String> values = new java.util.HashMap<>(ROW);
            values.put(EmploymentSheet.PROTECTED, yes);
            String text = EmploymentImportJobConfiguration.text(line(values));

            assertThat(text).contains("rad 17").doesNotContain("Sara").doesNotContain("Holm").doesNotContain("Kiruna")
                    .doesNotContain("4711").doesNotContain("19850412").doesNotContain("850412");
        }
        Map<String, String> open = new java.util.HashMap<>(ROW);
        open.put(EmploymentSheet.PROTECTED, "Nej");
        assertThat(EmploymentImportJobConfiguration.text(line(open)))
                .contains("Sara").contains("19850412-****").doesNotContain("2387");
    }

    private static Line line(Map<String, String> byHeader) {
        Map<String, String> values = new java.util.HashMap<>();
        byHeader.forEach((header, value) -> values.put(TabularRows.normaliseHeader(header), value.strip()));
        return new Line(EmploymentSheet.TITLE, 17, values);
    }

    @Test
    void theAuditTrailNamesAProtectedPersonByInternalIdOnly() {
        assertThat(Employments.employeeText("Sara", "Holm", "Storgatan 1", "98131", "Kiruna", true))
                .doesNotContain("Sara").doesNotContain("Holm").doesNotContain("Kiruna").doesNotContain("98131");
        assertThat(Employments.auditSubject("19850412-****", true, 42)).isEqualTo("anställd med skyddad identitet, id 42");
        assertThat(Employments.auditSubject("19850412-****", false, 42)).isEqualTo("anställd 19850412-****");
        assertThat(Employments.employeeText("Per", "Ek", "Byväg 2", "12345", "Lund", false)).contains("Per Ek").contains("Lund");
    }
}

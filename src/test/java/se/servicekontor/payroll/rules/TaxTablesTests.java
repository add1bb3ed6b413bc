package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TaxTablesTests {

    static List<String> lines;
    static TaxTables tables;

    @BeforeAll
    static void loadBundled() {
        lines = SharedTaxTableFile.lines();
        tables = TaxTables.bundled(2026);
    }

    @Test
    void domainWorkedExampleTable33At34801To35000() {
        // DOMAIN.md §3: "30B33  34801  35000 7134 6986 3881 71341091810918"
        for (long kronor : new long[] { 34_801, 34_900, 35_000 }) {
            assertThat(tables.monthlyTax(33, 1, kronor)).isEqualTo(7_134);
            assertThat(tables.monthlyTax(33, 2, kronor)).isEqualTo(6_986);
            assertThat(tables.monthlyTax(33, 3, kronor)).isEqualTo(3_881);
            assertThat(tables.monthlyTax(33, 4, kronor)).isEqualTo(7_134);
            assertThat(tables.monthlyTax(33, 5, kronor)).isEqualTo(10_918);
            assertThat(tables.monthlyTax(33, 6, kronor)).isEqualTo(10_918);
        }
    }

    @Test
    void keepsTheYearAndAllTables29To42() {
        assertThat(tables.year()).isEqualTo(2026);
        assertThat(tables.tableNumbers()).containsExactly(29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42);
        assertThat(tables.table(33).kronorRowsTop()).isEqualTo(80_000);
    }

    @Test
    void öreAreDroppedBeforeTheLookup() {
        // 35 000.99 kr is 35 000 kr for the table: still the 34 801–35 000 band
        assertThat(tables.monthlyTax(33, 1, new BigDecimal("35000.99"))).isEqualTo(7_134);
        assertThat(tables.monthlyTax(33, 1, new BigDecimal("35001.00"))).isEqualTo(tables.monthlyTax(33, 1, 35_001));
        assertThat(tables.monthlyTax(33, 1, 35_001)).isNotEqualTo(7_134);
    }

    @Test
    void zeroPayGivesZeroTax() {
        assertThat(tables.monthlyTax(29, 1, 0)).isZero();
        assertThat(tables.monthlyTax(29, 1, BigDecimal.ZERO.setScale(2))).isZero();
    }

    @Test
    void refusesUnknownTableColumnAndNegativePay() {
        assertThatIllegalArgumentException().isThrownBy(() -> tables.monthlyTax(28, 1, 30_000)).withMessageContaining("29–42");
        assertThatIllegalArgumentException().isThrownBy(() -> tables.monthlyTax(33, 7, 30_000)).withMessageContaining("1–6");
        assertThatIllegalArgumentException().isThrownBy(() -> tables.monthlyTax(33, 1, -1)).withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> tables.monthlyTax(33, 1, new BigDecimal("-0.01")));
    }

    @Test
    void noBundledTablesForAYearNotShipped() {
        assertThatIllegalArgumentException().isThrownBy(() -> TaxTables.bundled(2019)).withMessageContaining("2019");
    }

    @Test
    void theSharedFileLoadsWithTheCallersYear() {
        assertThat(TaxTables.load(2026, new StringReader(SharedTaxTableFile.text(lines))).year()).isEqualTo(2026);
    }

    @Test
    void refusesAGapBetweenBandsNamingTheLine() {
        List<String> broken = new ArrayList<>(lines);
        int removed = indexOf(broken, "30B33  34801  35000");
        broken.remove(removed);
        // the 35 001–35 200 band now sits on the removed line's number (index + 1)
        assertRefused(broken, removed + 1, "gap");
    }

    @Test
    void refusesOverlappingBandsNamingTheLine() {
        List<String> broken = new ArrayList<>(lines);
        int index = indexOf(broken, "30B33  34801  35000");
        broken.set(index, broken.get(index).replace("30B33  34801", "30B33  34701"));
        assertRefused(broken, index + 1, "overlaps");
    }

    @Test
    void refusesAMissingTableNamingTheLine() {
        List<String> broken = new ArrayList<>(lines);
        broken.removeIf(line -> line.startsWith("30B35") || line.startsWith("30%35"));
        int firstOf36 = indexOf(broken, "30B36      1");
        assertRefused(broken, firstOf36 + 1, "table 35 is missing");
    }

    @Test
    void refusesAFileWithoutItsLastTable() {
        List<String> broken = new ArrayList<>(lines);
        broken.removeIf(line -> line.substring(3, 5).equals("42"));
        assertRefused(broken, broken.size(), "table 42 is missing");
    }

    @Test
    void refusesATableWithoutItsOpenTopRow() {
        List<String> broken = new ArrayList<>(lines);
        int top = indexOf(broken, "30%33");
        while (!broken.get(top).substring(12, 19).isBlank())
            top++;
        broken.remove(top);
        assertRefused(broken, top, "without an open-ended top row");
    }

    @Test
    void refusesALineWithAMissingColumn() {
        List<String> broken = new ArrayList<>(lines);
        int index = indexOf(broken, "30B33  34801  35000");
        broken.set(index, broken.get(index).substring(0, 44));
        assertRefused(broken, index + 1, "44 characters");
    }

    @Test
    void refusesAColumnThatIsNotANumber() {
        List<String> broken = new ArrayList<>(lines);
        int index = indexOf(broken, "30B33  34801  35000");
        broken.set(index, broken.get(index).replace(" 3881", " 38x1"));
        assertRefused(broken, index + 1, "column 3");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> TaxTables.load(2026, new StringReader("")))
                .isInstanceOf(InvalidReferenceData.class).hasMessageContaining("empty");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++)
            if (lines.get(i).startsWith(prefix))
                return i;
        throw new AssertionError("No line starts with " + prefix);
    }

    private static void assertRefused(List<String> broken, int lineNumber, String problem) {
        assertThatThrownBy(() -> TaxTables.load(2026, new StringReader(SharedTaxTableFile.text(broken))))
                .isInstanceOf(InvalidReferenceData.class)
                .hasMessageStartingWith("line " + lineNumber + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((InvalidReferenceData) e).lineNumber()).isEqualTo(lineNumber));
    }
}

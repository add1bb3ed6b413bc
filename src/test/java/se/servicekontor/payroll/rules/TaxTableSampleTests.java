package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the bundled tables against Skatteverket's file itself: the expected values are cut out of
 * each sampled line's text by the positions written here, not by the production parser.
 */
class TaxTableSampleTests {

    static final List<String> LINES = SharedTaxTableFile.lines();
    static final TaxTables TABLES = TaxTables.bundled(2026);

    /** A line of the file and the one after it (null when the next line belongs to another table). */
    record Sample(int lineNumber, String text, String next) {
        @Override
        public String toString() {
            return "line " + lineNumber + " \"" + text + "\"";
        }
    }

    // Positions from Skatteverket's record layout, written out independently of TaxTableLine
    static boolean percentRow(String line) { return line.charAt(2) == '%'; }
    static int table(String line) { return Integer.parseInt(line.substring(3, 5)); }
    static long from(String line) { return Long.parseLong(line.substring(5, 12).trim()); }
    static boolean open(String line) { return line.substring(12, 19).isBlank(); }
    static long to(String line) { return Long.parseLong(line.substring(12, 19).trim()); }
    static int column(String line, int column) {
        int start = 19 + 5 * (column - 1);
        return Integer.parseInt(line.substring(start, start + 5).trim());
    }

    /** What the file says the tax is for this amount, if the amount lies in the line's band. */
    static long expectedTax(String line, int column, long kronor) {
        return percentRow(line) ? kronor * column(line, column) / 100 : column(line, column);
    }

    static Stream<Sample> samples() {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int i = 0; i < LINES.size(); i++) {
            String line = LINES.get(i);
            boolean first = i == 0 || table(LINES.get(i - 1)) != table(line);
            boolean at80000 = !percentRow(line) && !open(line) && to(line) == 80_000;
            if (first || at80000 || percentRow(line)) // every table's first row, 80 000 boundary and all % rows
                chosen.add(i);
        }
        int before = chosen.size();
        Random random = new Random(433); // deterministic: the same 200 kronor rows every run
        while (chosen.size() < before + 200) {
            int i = random.nextInt(LINES.size());
            if (!percentRow(LINES.get(i)))
                chosen.add(i);
        }
        return chosen.stream().sorted().map(i -> {
            String next = i + 1 < LINES.size() && table(LINES.get(i + 1)) == table(LINES.get(i)) ? LINES.get(i + 1) : null;
            return new Sample(i + 1, LINES.get(i), next);
        });
    }

    @Test
    void samplesCoverEveryTableAndEnoughKronorRows() {
        List<Sample> samples = samples().toList();
        assertThat(samples.stream().map(s -> table(s.text())).distinct()).hasSize(14);
        assertThat(samples.stream().filter(s -> !percentRow(s.text()))).hasSizeGreaterThanOrEqualTo(200 + 14 + 14);
        assertThat(samples.stream().filter(s -> percentRow(s.text())))
                .hasSize((int) LINES.stream().filter(TaxTableSampleTests::percentRow).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampledLineGivesTheFilesTaxAtBothEndsOfItsBand(Sample sample) {
        String line = sample.text();
        long from = from(line);
        long to = open(line) ? from + 1_000_000 : to(line);
        for (int column = 1; column <= 6; column++) {
            for (long kronor : new long[] { from, (from + to) / 2, to })
                assertThat(TABLES.monthlyTax(table(line), column, kronor))
                        .as("table %d column %d at %d kr", table(line), column, kronor)
                        .isEqualTo(expectedTax(line, column, kronor));
            if (sample.next() != null) {
                assertThat(from(sample.next())).as("next band starts right after this one").isEqualTo(to + 1);
                assertThat(TABLES.monthlyTax(table(line), column, to + 1))
                        .as("table %d column %d at %d kr lands in the next band", table(line), column, to + 1)
                        .isEqualTo(expectedTax(sample.next(), column, to + 1));
            }
        }
    }

    @Test
    void firstRowOfEveryTableStartsAt1Kronor() {
        IntStream.rangeClosed(29, 42).forEach(table -> {
            String first = LINES.stream().filter(l -> table(l) == table).findFirst().orElseThrow();
            assertThat(from(first)).isEqualTo(1);
            for (int column = 1; column <= 6; column++)
                assertThat(TABLES.monthlyTax(table, column, 1)).isEqualTo(column(first, column));
        });
    }

    @Test
    void aboveTheKronorRowsThePercentageAppliesToTheWholeAmountRoundedDown() {
        // SKV 433: over 80 000 kr the whole amount × the band's percentage, rounded down to whole kronor
        for (int table = 29; table <= 42; table++)
            for (long kronor : new long[] { 80_001, 95_000, 250_000, 2_000_000 })
                for (int column = 1; column <= 6; column++) {
                    int percent = column(percentLineFor(table, kronor), column);
                    long expected = Math.floorDiv(kronor * percent, 100);
                    assertThat(TABLES.monthlyTax(table, column, kronor))
                            .as("table %d column %d at %d kr (%d %%)", table, column, kronor, percent)
                            .isEqualTo(expected);
                }
    }

    @Test
    void table33PercentageRowsWorkedByHand() {
        // file line 2752 "30%33  80001  81000   33 ...": 80 001 × 33 % = 26 400.33 → 26 400 kr
        assertThat(TABLES.monthlyTax(33, 1, 80_001)).isEqualTo(26_400);
        // file line 2766 "30%33  93401  95600   36 ...": 95 000 × 36 % = 34 200 kr
        assertThat(TABLES.monthlyTax(33, 1, 95_000)).isEqualTo(34_200);
        // and 80 000 is still a kronor row: "30B33  79801  80000" column 1
        assertThat(TABLES.monthlyTax(33, 1, 80_000)).isEqualTo(column(LINES.get(2750), 1));
    }

    @Test
    void bundledCopyIsByteForByteTheSharedFile() throws IOException, NoSuchAlgorithmException {
        byte[] shared = Files.readAllBytes(SharedTaxTableFile.PATH);
        byte[] bundled;
        try (InputStream in = getClass().getResourceAsStream(String.format(TaxTables.BUNDLED_PATH, 2026))) {
            bundled = in.readAllBytes();
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundled));
        assertThat(sha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shared)))
                .isEqualTo("f6812f07e6c6dda353dbc73a35d1d74739d9dcfb27f3459fa551a9fd4dad614b"); // SOURCE.txt
    }

    static String percentLineFor(int table, long kronor) {
        List<String> candidates = new ArrayList<>();
        for (String line : LINES)
            if (percentRow(line) && table(line) == table && from(line) <= kronor && (open(line) || to(line) >= kronor))
                candidates.add(line);
        assertThat(candidates).as("exactly one %% line of table %d covers %d kr", table, kronor).hasSize(1);
        return candidates.get(0);
    }
}

package se.servicekontor.payroll.referencedata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tax-table files for the tests, made from Skatteverket's real 2026 file in {@code ../shared/data} (real 2027 tables are not
 * available here; the format is the same). The "2027" file is the 2026 file with <b>100 kr added to every column of every
 * kronor (B) row</b>, percentage rows unchanged: so a hand lookup is the 2026 value plus 100, e.g. table 33, 34 801–35 000 kr,
 * column 1: 7 134 + 100 = 7 234 kr (DOMAIN.md §3's example line {@code 30B33  34801  35000 7134 6986 3881 71341091810918}).
 */
public final class TestTaxTableFiles {

    static final Path FILE_2026 = Path.of("..", "shared", "data", "skatteverket", "allmanna-tabeller-manad-2026.txt");

    private TestTaxTableFiles() {
    }

    /** The 2026 file's lines. */
    public static List<String> lines2026() {
        try {
            return new ArrayList<>(Files.readAllLines(FILE_2026, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2027 test file's lines: every kronor row's six columns raised by {@code add} kr. */
    public static List<String> lines2027(int add) {
        List<String> lines = new ArrayList<>();
        for (String line : lines2026()) {
            if (line.charAt(2) != 'B') {
                lines.add(line);
                continue;
            }
            StringBuilder out = new StringBuilder(line.substring(0, 19));
            for (int c = 0; c < 6; c++) {
                int value = Integer.parseInt(line.substring(19 + 5 * c, 24 + 5 * c).strip()) + add;
                out.append(String.format("%5d", value));
            }
            lines.add(out.toString());
        }
        return lines;
    }

    public static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The 2027 test file (+100 kr) written to a file, for the browser and CLI tests. */
    public static Path write2027(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("allmanna-tabeller-manad-2027.txt");
            Files.write(file, bytes(lines2027(100)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The other yearly values for 2027, as the tests propose them. Contribution rates: 2026's, moved on a year, with the youth
     * group as issue 17 states it for 2027 (born 2004–2008, pay paid until 2027-09-30, SFS 2026:100), and the age limits moved
     * on a year (67 at 1 January 2027: born 1959 or earlier pays only the old-age pension contribution).
     */
    static final String CONTRIBUTIONS_2027 = """
            valid_from,valid_to,group,born_from,born_to,rate,ceiling_per_month,rate_above_ceiling,source
            2027-01-01,2027-12-31,NONE,,1937,0.00,,,"Skatteverket: no contributions for those born 1937 or earlier"
            2027-01-01,2027-12-31,OLD_AGE_PENSION_ONLY,1938,1959,10.21,,,"Skatteverket: only ålderspensionsavgift from 67 at 1 January"
            2027-01-01,2027-12-31,FULL,1960,2003,31.42,,,"Skatteverket: 31.42 %"
            2027-01-01,2027-09-30,YOUTH_REDUCED,2004,2008,20.81,25000.00,31.42,"SFS 2026:100: born 2004-2008 in 2027, pay paid until 2027-09-30"
            2027-10-01,2027-12-31,FULL,2004,2008,31.42,,,"Skatteverket: 31.42 % after the youth reduction ends"
            2027-01-01,2027-12-31,FULL,2009,,31.42,,,"Skatteverket: 31.42 % (under 18 at 1 January)"
            """;

    /** The one-off table for 2027 (test figures: 2026's column 1 moved on a year). */
    static final String ONE_OFF_2027 = """
            valid_from,valid_to,column,income_from,income_to,percent
            2027-01-01,2027-12-31,1,0,25041,0
            2027-01-01,2027-12-31,1,25042,82800,10
            2027-01-01,2027-12-31,1,82801,192000,21
            2027-01-01,2027-12-31,1,192001,477600,26
            2027-01-01,2027-12-31,1,477601,660000,34
            2027-01-01,2027-12-31,1,660001,,54
            """;

    /** Base amounts for 2027 (test figures, not the decided ones). */
    static final String VALUES_2027 = """
            name,valid_from,valid_to,value,source
            base.priceBaseAmount,2027-01-01,2027-12-31,60000,"test figure"
            base.raisedPriceBaseAmount,2027-01-01,2027-12-31,61300,"test figure"
            base.incomeBaseAmount,2027-01-01,2027-12-31,85000,"test figure"
            """;
}

package se.servicekontor.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The banks' clearing number ranges and how each range's account numbers are checked (Bankgirot,
 * "Bankernas kontonummer"). The table changes when banks come and go, so it is reference data:
 * {@code reference-data/bank-clearing-numbers.csv}.
 */
public final class ClearingNumbers {

    /** One range of clearing numbers: the bank, the account type (1 or 2) and the comment (1–3) that says how to check. */
    public record Range(int from, int to, String bank, int type, int comment) {
        public Range {
            Objects.requireNonNull(bank, "bank");
            if (from > to || type < 1 || type > 2 || comment < 1 || comment > 3 || (type == 1 && comment > 2))
                throw new IllegalArgumentException("Ogiltigt clearingintervall " + from + "–" + to);
        }

        boolean contains(int clearing) {
            return clearing >= from && clearing <= to;
        }
    }

    private static final String BUNDLED = "/reference-data/bank-clearing-numbers.csv";
    private static volatile ClearingNumbers bundled;

    private final List<Range> ranges;

    public ClearingNumbers(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The table shipped with the application. */
    public static ClearingNumbers bundled() {
        ClearingNumbers table = bundled;
        if (table == null) {
            try (InputStream in = ClearingNumbers.class.getResourceAsStream(BUNDLED)) {
                if (in == null)
                    throw new IllegalStateException("Missing " + BUNDLED);
                table = bundled = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return table;
    }

    /** Reads {@code from;to;bank;type;comment} lines; {@code #} lines and the header are ignored. */
    public static ClearingNumbers read(InputStream in) throws IOException {
        List<Range> ranges = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("from;"))
                continue;
            String[] f = line.split(";");
            ranges.add(new Range(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()), f[2].strip(),
                    Integer.parseInt(f[3].strip()), Integer.parseInt(f[4].strip())));
        }
        return new ClearingNumbers(ranges);
    }

    /** The range a four-digit clearing number belongs to. */
    public Optional<Range> find(int clearing) {
        return ranges.stream().filter(r -> r.contains(clearing)).findFirst();
    }
}

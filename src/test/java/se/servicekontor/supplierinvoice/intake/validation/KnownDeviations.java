package se.servicekontor.supplierinvoice.intake.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A checked-in list of official files or tests that cannot pass, one per line as {@code <name> [<kind>]
 * <reason>}; lines starting with # are comments. {@code known-deviations.txt} lists rule tests
 * ({@code <file>#<n>}) with kind {@code not-in-rule-set} (a judged rule is not in the rule set intake
 * loads, so the test proves nothing) or {@code fails} (the expected outcome does not happen);
 * {@code example-deviations.txt} lists example invoices that fail the Peppol rules and are validated
 * with EN 16931 instead (kind {@code en16931}).
 */
final class KnownDeviations {

    static final String RULE_TESTS = "supplierinvoice/known-deviations.txt";
    static final String EXAMPLES = "supplierinvoice/example-deviations.txt";

    private final Map<String, String> reasons;

    private KnownDeviations(Map<String, String> reasons) {
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    static KnownDeviations load(String resource) {
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = KnownDeviations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 2);
                if (parts.length < 2 || !parts[1].startsWith("[")) {
                    throw new IllegalStateException(resource + ":" + number + ": expected '<file>#<n> [<kind>] <reason>'");
                }
                if (reasons.put(parts[0], parts[1]) != null) {
                    throw new IllegalStateException(resource + ":" + number + ": " + parts[0] + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownDeviations(reasons);
    }

    Optional<String> reason(String testName) {
        return Optional.ofNullable(reasons.get(testName));
    }

    Map<String, String> all() {
        return reasons;
    }
}

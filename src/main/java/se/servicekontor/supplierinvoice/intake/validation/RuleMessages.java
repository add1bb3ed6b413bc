package se.servicekontor.supplierinvoice.intake.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Swedish texts for the rules suppliers trip over most (the SE-R rules and common BR/Peppol rules), from
 * {@code supplierinvoice/rule-messages_sv.properties}; any other rule keeps its English text from the
 * rule set, without the "[RULE-ID]-" prefix the Peppol and CEN schematrons put in front.
 */
final class RuleMessages {

    static final String RESOURCE = "supplierinvoice/rule-messages_sv.properties";

    private static final Pattern ID_PREFIX = Pattern.compile("^\\s*\\[[^\\]]{1,60}\\]\\s*-?\\s*");

    private final Map<String, String> swedish;

    private RuleMessages(Map<String, String> swedish) {
        this.swedish = Map.copyOf(swedish);
    }

    static RuleMessages load() {
        try (InputStream in = RuleMessages.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new RuleMessages(properties.stringPropertyNames().stream()
                    .collect(Collectors.toMap(k -> k, k -> properties.getProperty(k).strip())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Swedish text for the rule, or the rule's own (English) text tidied. */
    String message(String ruleId, String ruleText) {
        String sv = ruleId == null ? null : swedish.get(ruleId);
        return sv != null ? sv : tidy(ruleText);
    }

    boolean hasSwedish(String ruleId) {
        return swedish.containsKey(ruleId);
    }

    int size() {
        return swedish.size();
    }

    static String tidy(String ruleText) {
        if (ruleText == null) {
            return "";
        }
        return ID_PREFIX.matcher(ruleText).replaceFirst("").replaceAll("\\s+", " ").strip();
    }
}

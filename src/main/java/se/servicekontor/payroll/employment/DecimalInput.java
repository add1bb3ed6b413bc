package se.servicekontor.payroll.employment;

import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.servicekontor.shared.Amount;

/**
 * A number typed by a person, the Swedish way or the technical way: {@code 31 250,50}, {@code 31250,5},
 * {@code 31 250}, {@code 31250.50}, {@code 62,5}. Thousands may be grouped in threes by a space, a no-break space
 * (U+00A0), a narrow no-break space (U+202F) or a thin space (U+2009); the decimal sign is a comma or a point. The value
 * is exact, as written (never through a double). Every form and the import of this module read salaries, rates, hours
 * and days with this one parser; the range (positive, at most 100 %, two decimals) is the field's own rule.
 */
public final class DecimalInput {

    private static final String SPACES = " \u00A0\u202F\u2009";
    private static final Pattern NUMBER = Pattern.compile(
            "([-\u2212])?(\\d{1,3}(?:[" + SPACES + "]\\d{3})+|\\d+)(?:[.,](\\d+))?");
    private static final Pattern SURROUNDING_SPACE = Pattern.compile("^[\\s" + SPACES + "]+|[\\s" + SPACES + "]+$");
    private static final Pattern KR_SUFFIX = Pattern.compile("[\\s" + SPACES + "]*kr$", Pattern.CASE_INSENSITIVE);

    private DecimalInput() {
    }

    /**
     * The number written in {@code text}, at the scale it was written with ("31 250,50" → 31250.50).
     *
     * @throws NumberFormatException in Swedish, naming the text, for anything else (letters, "1.234,50", "12,", "")
     */
    public static BigDecimal parse(String text) {
        String number = text == null ? "" : SURROUNDING_SPACE.matcher(text).replaceAll("");
        Matcher m = NUMBER.matcher(number);
        if (!m.matches())
            throw new NumberFormatException("\"" + text + "\" är inget tal; skriv till exempel 31 250,50 eller 62,5");
        String whole = m.group(2).replaceAll("[" + SPACES + "]", "");
        BigDecimal value = new BigDecimal(m.group(3) == null ? whole : whole + "." + m.group(3));
        return m.group(1) == null ? value : value.negate();
    }

    /**
     * An amount in kronor ("31 250,50", "31 250,50 kr", "31250.5"), exact to the öre.
     *
     * @throws IllegalArgumentException in Swedish if it is not a number or has more than two decimals
     */
    static Amount kronor(String text) {
        BigDecimal value = parse(text == null ? null : KR_SUFFIX.matcher(SURROUNDING_SPACE.matcher(text).replaceAll("")).replaceFirst(""));
        if (value.stripTrailingZeros().scale() > 2)
            throw new IllegalArgumentException("\"" + text + "\" har fler än två decimaler; ett belopp anges i hela ören");
        return new Amount(value);
    }

    /**
     * The editor a form binds its decimal fields with: blank is null (the field's "required" message), a number as
     * {@link #parse} reads it, anything else a type mismatch shown beside the field; shown back with a decimal comma.
     */
    public static PropertyEditor editor() {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || SURROUNDING_SPACE.matcher(text).replaceAll("").isEmpty() ? null : parse(text));
            }

            @Override
            public String getAsText() {
                return getValue() instanceof BigDecimal value ? value.stripTrailingZeros().toPlainString().replace('.', ',') : "";
            }
        };
    }
}

package se.servicekontor.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An amount in Swedish kronor, exact to the öre (two decimals). Negative amounts are allowed
 * (credit notes, deductions). Equal amounts are equal whatever the scale they were written with:
 * 1.5 and 1.50 are the same amount.
 */
public record Amount(BigDecimal value) implements Comparable<Amount> {

    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    private static final char NBSP = '\u00A0';
    private static final String SPACES = " \u00A0\u202F";
    private static final String SIGN = "[-\u2212+]"; // hyphen-minus, minus sign (U+2212), plus
    private static final Pattern KRONOR = Pattern.compile(
            "(" + SIGN + ")?(\\d{1,3}(?:[" + SPACES + "]\\d{3})+|\\d+)(?:[.,](\\d+))?");
    private static final Pattern SURROUNDING_SPACE = Pattern.compile("^[\\s\u00A0\u202F]+|[\\s\u00A0\u202F]+$");
    private static final Pattern KR_SUFFIX = Pattern.compile("[\\s\u00A0\u202F]*kr$");

    /** Normalises the scale to two decimals; refuses an amount with öre fractions (1.005). */
    public Amount {
        Objects.requireNonNull(value, "value");
        try {
            value = value.setScale(2, RoundingMode.UNNECESSARY); // 1.500 → 1.50; 1.005 throws
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "Ett belopp anges i hela ören, högst två decimaler: " + value.toPlainString(), e);
        }
    }

    /**
     * Reads an amount written the Swedish or the technical way: {@code "1 234,50"}, {@code "1234.50"},
     * {@code "1234,5"}, {@code "-12"}. Thousands may be grouped by space, no-break space (U+00A0) or
     * narrow no-break space (U+202F), in groups of three; a trailing {@code "kr"} is allowed, so
     * {@link #toString()} reads back.
     *
     * @throws IllegalArgumentException in Swedish, naming the text, if it is not such an amount
     */
    public static Amount ofKronor(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = SURROUNDING_SPACE.matcher(text).replaceAll("");
        String number = SURROUNDING_SPACE.matcher(KR_SUFFIX.matcher(trimmed).replaceFirst("")).replaceAll("");
        Matcher m = KRONOR.matcher(number);
        if (!m.matches())
            throw new IllegalArgumentException("\"" + text + "\" är inte ett belopp i kronor;"
                    + " skriv till exempel 1 234,50 eller 1234.50");
        String whole = m.group(2).replaceAll("[" + SPACES + "]", "");
        String fraction = m.group(3) == null ? "" : "." + m.group(3);
        BigDecimal value = new BigDecimal(whole + fraction);
        if (m.group(1) != null && !m.group(1).equals("+"))
            value = value.negate();
        try {
            return new Amount(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" har fler än två decimaler;"
                    + " ett belopp anges i hela ören", e);
        }
    }

    /** The amount of {@code ore} öre (hundredths of a krona). */
    public static Amount ofOre(long ore) {
        return new Amount(BigDecimal.valueOf(ore, 2));
    }

    /** The amount in öre; throws {@link ArithmeticException} if it does not fit a long. */
    public long toOre() {
        return value.movePointRight(2).longValueExact();
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.value));
    }

    public Amount minus(Amount other) {
        return new Amount(value.subtract(other.value));
    }

    public Amount negate() {
        return new Amount(value.negate());
    }

    /** This amount times {@code factor}, rounded to the öre with {@code rounding}. */
    public Amount times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return new Amount(value.multiply(factor).setScale(2, rounding));
    }

    /** {@code rate} percent of this amount ({@code 31.42} for 31.42 %), rounded to the öre with {@code rounding}. */
    public Amount percent(BigDecimal rate, RoundingMode rounding) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
        return new Amount(value.multiply(rate).movePointLeft(2).setScale(2, rounding));
    }

    /**
     * The whole kronor with the öre dropped (towards zero: 1 234,99 → 1 234, −12,50 → −12).
     * Tax tables are looked up this way (SKV 433).
     */
    public long wholeKronorDown() {
        return value.setScale(0, RoundingMode.DOWN).longValueExact();
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    /** The larger of this and {@code other}; this one if they are equal. */
    public Amount max(Amount other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The smaller of this and {@code other}; this one if they are equal. */
    public Amount min(Amount other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The sum of the amounts; {@link #ZERO} for none. */
    public static Amount sum(Collection<Amount> amounts) {
        return sum(amounts.stream());
    }

    /** The sum of the amounts; {@link #ZERO} for none. */
    public static Amount sum(Stream<Amount> amounts) {
        return new Amount(amounts.map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** Swedish notation without unit: {@code "1 234,50"}, {@code "-0,05"}; thousands grouped by U+00A0. */
    public String format() {
        String digits = value.abs().toPlainString(); // scale 2: "1234.50"
        int point = digits.indexOf('.');
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (isNegative())
            text.append('-');
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0)
                text.append(NBSP);
            text.append(digits.charAt(i));
        }
        return text.append(',').append(digits, point + 1, digits.length()).toString();
    }

    /** Swedish notation with unit: {@code "1 234,50 kr"}, no-break spaces (U+00A0) throughout. */
    @Override
    public String toString() {
        return format() + NBSP + "kr";
    }
}

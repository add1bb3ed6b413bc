package se.servicekontor.payroll.timereport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One reported deviation of an employment.
 *
 * @param quantity extent in percent for absences, hours for hour codes, null for amounts
 * @param amount   kronor for one-off additions and deductions, else null
 */
public record Deviation(long employmentId, DeviationCode code, LocalDate from, LocalDate to, BigDecimal quantity,
                        BigDecimal amount, String note) {

    public Deviation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from))
            throw new IllegalArgumentException("Till är före Från");
    }

    /** Whether the periods [from, to] of two deviations share a day. */
    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !from.isAfter(otherTo) && !otherFrom.isAfter(to);
    }

    /** The identity of an imported row: employee + code + dates + quantity + amount, hashed. */
    static String naturalKey(String personalIdentityNumber, Deviation d) {
        String text = personalIdentityNumber + "|" + d.code.name() + "|" + d.from + "|" + d.to + "|"
                + plain(d.quantity) + "|" + plain(d.amount);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}

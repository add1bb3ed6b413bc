package se.servicekontor.payroll.timereport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One reported deviation of an employment.
 *
 * @param to       the last day, inclusive; null for an ongoing absence (no end date yet), which the pay run closes month by month
 * @param quantity extent in percent for absences, hours for hour codes, null for amounts
 * @param amount   kronor for one-off additions and deductions, else null
 */
public record Deviation(long employmentId, DeviationCode code, LocalDate from, LocalDate to, BigDecimal quantity,
                        BigDecimal amount, String note) {

    public Deviation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        if (to == null && code.kind() != DeviationCode.Kind.ABSENCE)
            throw new IllegalArgumentException("Bara frånvaro kan vara pågående (utan slutdatum)");
        if (to != null && to.isBefore(from))
            throw new IllegalArgumentException("Till är före Från");
    }

    /** An absence without an end date yet. */
    public boolean ongoing() {
        return to == null;
    }

    /** Whether the periods [from, to] of two deviations share a day (an ongoing one reaches every later day). */
    boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return (otherTo == null || !from.isAfter(otherTo)) && (to == null || !otherFrom.isAfter(to));
    }

    /**
     * The deviation as stored: an absence over one or more month ends as one row per calendar month, so that each month's part
     * is paid in the following month's run (eftersläp) and never waits for the absence to end; an ongoing absence's months
     * are split when a pay run closes them ({@link #closedThrough}). Other codes, and an absence within a month, as they are.
     */
    // DOMAIN.md decisions (2026-12-08): "the part of a deviation that falls in month M is paid in the run for M+1, also for an
    // ongoing row without an end date"
    public java.util.List<Deviation> byMonth() {
        if (code.kind() != DeviationCode.Kind.ABSENCE || to == null || YearMonth.from(from).equals(YearMonth.from(to)))
            return java.util.List.of(this);
        java.util.List<Deviation> parts = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.equals(YearMonth.from(from)) ? from : m.atDay(1);
            LocalDate last = m.equals(YearMonth.from(to)) ? to : m.atEndOfMonth();
            parts.add(new Deviation(employmentId, code, first, last, quantity, amount, note));
        }
        return parts;
    }

    /**
     * An ongoing absence with its months up to {@code through} (a month end) closed, one row per month, followed by the rest
     * still ongoing from the day after; the absence itself when it begins after {@code through}.
     */
    public java.util.List<Deviation> closedThrough(LocalDate through) {
        if (!ongoing() || from.isAfter(through))
            return java.util.List.of(this);
        java.util.List<Deviation> parts = new java.util.ArrayList<>(
                new Deviation(employmentId, code, from, through, quantity, amount, note).byMonth());
        parts.add(new Deviation(employmentId, code, through.plusDays(1), null, quantity, amount, note));
        return parts;
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

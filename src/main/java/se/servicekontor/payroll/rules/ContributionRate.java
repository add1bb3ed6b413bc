package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated row of employer-contribution reference data: who (by birth year) pays which rate on pay
 * paid out between two dates.
 *
 * @param bornFrom first birth year, inclusive; null = open (everyone born earlier)
 * @param bornTo last birth year, inclusive; null = open (everyone born later)
 * @param ratePercent e.g. 31.42
 * @param ceilingPerMonth basis per calendar month the rate applies to; null = no ceiling
 * @param rateAbovePercent the rate on basis above the ceiling; null when there is no ceiling
 */
public record ContributionRate(LocalDate validFrom, LocalDate validTo, ContributionGroup group, Integer bornFrom,
        Integer bornTo, BigDecimal ratePercent, BigDecimal ceilingPerMonth, BigDecimal rateAbovePercent, String source) {

    public ContributionRate {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(source, "source");
        if (validTo.isBefore(validFrom))
            throw new IllegalArgumentException("valid_to " + validTo + " is before valid_from " + validFrom);
        if (bornFrom != null && bornTo != null && bornTo < bornFrom)
            throw new IllegalArgumentException("born_to " + bornTo + " is before born_from " + bornFrom);
        checkPercent(ratePercent, "rate");
        if ((ceilingPerMonth == null) != (rateAbovePercent == null))
            throw new IllegalArgumentException("ceiling_per_month and rate_above_ceiling must be given together or not at all");
        if (ceilingPerMonth != null) {
            if (ceilingPerMonth.signum() <= 0)
                throw new IllegalArgumentException("ceiling_per_month must be positive, was " + ceilingPerMonth.toPlainString());
            checkPercent(rateAbovePercent, "rate_above_ceiling");
        }
        if (source.isBlank())
            throw new IllegalArgumentException("source is missing: every rate must say where it comes from");
    }

    boolean appliesTo(LocalDate paymentDate, int birthYear) {
        return !paymentDate.isBefore(validFrom) && !paymentDate.isAfter(validTo)
                && (bornFrom == null || birthYear >= bornFrom) && (bornTo == null || birthYear <= bornTo);
    }

    boolean overlaps(ContributionRate other) {
        boolean dates = !validFrom.isAfter(other.validTo) && !other.validFrom.isAfter(validTo);
        long from = bornFrom == null ? Long.MIN_VALUE : bornFrom;
        long to = bornTo == null ? Long.MAX_VALUE : bornTo;
        long otherFrom = other.bornFrom == null ? Long.MIN_VALUE : other.bornFrom;
        long otherTo = other.bornTo == null ? Long.MAX_VALUE : other.bornTo;
        return dates && from <= otherTo && otherFrom <= to;
    }

    private static void checkPercent(BigDecimal percent, String field) {
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)
            throw new IllegalArgumentException(field + " must be 0–100 %, was " + percent.toPlainString());
    }
}

package se.servicekontor.organization.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * From when to when an attest right applies, both days included; {@code to == null} means until
 * further notice (tills vidare).
 */
public record ValidityPeriod(LocalDate from, LocalDate to) {

    public ValidityPeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Giltig till (" + to + ") är före giltig från (" + from + ").");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(ValidityPeriod other) {
        boolean thisEndsBeforeOther = to != null && to.isBefore(other.from);
        boolean otherEndsBeforeThis = other.to != null && other.to.isBefore(from);
        return !thisEndsBeforeOther && !otherEndsBeforeThis;
    }

    @Override
    public String toString() {
        return from + "–" + (to == null ? "tills vidare" : to.toString());
    }
}

package se.servicekontor.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the attest register as other modules see it: the holder may act on the step for invoices of the
 * cost centre up to the limit during [validFrom, validTo]; the substitute acts while the holder is away.
 *
 * @param amountLimit kronor, or null for no limit
 * @param validTo     null = until further notice
 * @param substitute  user name, or null
 */
public record AttestGrant(String holder, CostCentreCode costCentre, Step step, BigDecimal amountLimit, LocalDate validFrom,
                          LocalDate validTo, String substitute) {

    /** The two steps of attest: granskningsattest and beslutsattest. */
    public enum Step { REVIEW, DECISION }

    public AttestGrant {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** Both days included. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** At the limit is within it; one öre over is not. */
    public boolean covers(BigDecimal amount) {
        return amountLimit == null || amount.abs().compareTo(amountLimit) <= 0;
    }
}

package se.servicekontor.organization.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

import se.servicekontor.organization.CostCentreCode;

/**
 * One line of the attest register: the holder may review or decide on invoices of the cost centre up
 * to the limit during the period; the substitute (ersättare) acts when the holder is away. Identified
 * by holder, cost centre, kind and the first day of the period.
 *
 * @param amountLimit in kronor, scale 2, or null for no limit
 * @param substitute  user name, or null
 */
public record AttestRight(String holder, CostCentreCode costCentre, AttestKind kind, BigDecimal amountLimit,
                          ValidityPeriod period, String substitute) {

    public AttestRight {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(costCentre, "costCentre");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        if (amountLimit != null) {
            if (amountLimit.signum() < 0) {
                throw new IllegalArgumentException("Beloppsgränsen kan inte vara negativ.");
            }
            amountLimit = amountLimit.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (holder.equals(substitute)) {
            throw new IllegalArgumentException("Ersättaren kan inte vara samma person som attestanten.");
        }
    }

    /** Whether this is the same register line as the other one (same natural key). */
    public boolean sameKey(AttestRight other) {
        return holder.equals(other.holder) && costCentre.equals(other.costCentre) && kind == other.kind
                && period.from().equals(other.period.from());
    }

    /** Same key and the same limit, end and substitute: saving it again changes nothing. */
    boolean sameAs(AttestRight other) {
        return sameKey(other) && Objects.equals(period.to(), other.period.to())
                && Objects.equals(substitute, other.substitute)
                && (amountLimit == null ? other.amountLimit == null
                        : other.amountLimit != null && amountLimit.compareTo(other.amountLimit) == 0);
    }

    /** E.g. "beslut på 2110 upp till 50 000,00 kr, 2026-01-01–tills vidare, ersättare chef.ks". */
    public String describe() {
        return kind.swedish() + " på " + costCentre
                + (amountLimit == null ? " utan beloppsgräns" : " upp till " + kronor(amountLimit))
                + ", " + period
                + (substitute == null ? "" : ", ersättare " + substitute);
    }

    String subject() {
        return "attesträtt " + holder + " " + costCentre + " " + kind.swedish() + " från " + period.from();
    }

    static String kronor(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " kr";
    }
}

package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Negative net pay: when a month's deductions exceed its pay, nothing is paid and the shortfall
 * becomes the employer's claim on the employee; later months recover it from net pay, at most a
 * limit per month and never more than that month's net. A pure function: the pay run keeps the open
 * claim per employee and calls {@link #settle} after {@link PayCalculator#calculate}.
 */
// Lag (1970:215) om arbetsgivares kvittningsrätt: set-off against pay is limited (consent, förbehållsbelopp) — the limit is the
// caller's policy parameter; which limit the municipality applies is UNCONFIRMED
public final class NetClaims {

    /** How much of a month's net pay may go to the open claim. */
    public sealed interface RecoveryLimit {
        /** At most this many kronor a month. */
        record Amount(BigDecimal perMonth) implements RecoveryLimit {
            public Amount {
                requireNotNegative(perMonth, "perMonth");
            }
        }

        /** At most this percentage of the month's net pay, rounded down to the öre. */
        record PercentOfNet(BigDecimal percent) implements RecoveryLimit {
            public PercentOfNet {
                requireNotNegative(percent, "percent");
                if (percent.compareTo(BigDecimal.valueOf(100)) > 0)
                    throw new IllegalArgumentException("percent must be at most 100, was " + percent.toPlainString());
            }
        }

        /** Leave the employee at least this net pay (a förbehållsbelopp); recover only what is above it. */
        record ProtectedNet(BigDecimal keep) implements RecoveryLimit {
            public ProtectedNet {
                requireNotNegative(keep, "keep");
            }
        }
    }

    /**
     * @param net the month's net pay as calculated
     * @param payout what is paid out: never negative
     * @param recovered taken from this month's net towards the open claim
     * @param claimRaised the shortfall of a negative month, added to the claim
     * @param claimAfter the open claim after this month
     */
    public record Settlement(BigDecimal net, BigDecimal payout, BigDecimal recovered, BigDecimal claimRaised, BigDecimal claimAfter) {
    }

    private NetClaims() {
    }

    /**
     * Settles one month.
     *
     * @param net the month's net pay (may be negative)
     * @param openClaim the claim on the employee before this month, not negative
     * @param limit how much may be recovered this month
     */
    public static Settlement settle(BigDecimal net, BigDecimal openClaim, RecoveryLimit limit) {
        Objects.requireNonNull(limit, "limit");
        BigDecimal money = net.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal claim = requireNotNegative(openClaim, "openClaim").setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (money.signum() < 0)
            return new Settlement(money, zero, zero, money.negate(), claim.add(money.negate()));
        BigDecimal allowed;
        if (limit instanceof RecoveryLimit.Amount amount)
            allowed = amount.perMonth();
        else if (limit instanceof RecoveryLimit.PercentOfNet percent)
            allowed = money.multiply(percent.percent()).movePointLeft(2);
        else if (limit instanceof RecoveryLimit.ProtectedNet protectedNet)
            allowed = money.subtract(protectedNet.keep());
        else
            throw new IllegalArgumentException("Unknown recovery limit " + limit);
        BigDecimal recovered = allowed.setScale(2, RoundingMode.DOWN).max(zero).min(money).min(claim);
        return new Settlement(money, money.subtract(recovered), recovered, zero, claim.subtract(recovered));
    }

    private static BigDecimal requireNotNegative(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0)
            throw new IllegalArgumentException(name + " must not be negative, was " + value.toPlainString());
        return value;
    }
}

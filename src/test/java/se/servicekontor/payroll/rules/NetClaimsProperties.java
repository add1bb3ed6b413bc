package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Money is never lost or made up: payout + recovered = net (or 0 on a negative month); the claim moves by exactly that. */
class NetClaimsProperties {

    @Property(tries = 500)
    void moneyAddsUp(@ForAll @LongRange(min = -500_000, max = 5_000_000) long netOre,
                     @ForAll @LongRange(min = 0, max = 2_000_000) long claimOre,
                     @ForAll @IntRange(min = 0, max = 100) int percent) {
        BigDecimal net = BigDecimal.valueOf(netOre, 2);
        BigDecimal claim = BigDecimal.valueOf(claimOre, 2);
        var s = NetClaims.settle(net, claim, new NetClaims.RecoveryLimit.PercentOfNet(BigDecimal.valueOf(percent)));
        assertThat(s.payout().signum()).isGreaterThanOrEqualTo(0);
        assertThat(s.claimAfter().signum()).isGreaterThanOrEqualTo(0);
        if (net.signum() < 0)
            assertThat(s.claimAfter()).isEqualByComparingTo(claim.subtract(net));
        else {
            assertThat(s.payout().add(s.recovered())).isEqualByComparingTo(net);
            assertThat(s.claimAfter()).isEqualByComparingTo(claim.subtract(s.recovered()));
        }
    }
}

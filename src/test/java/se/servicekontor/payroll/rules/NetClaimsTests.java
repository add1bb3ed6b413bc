package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.rules.NetClaims.RecoveryLimit;

/** Negative net pay: pay 0, carry the shortfall as a claim, recover it later within a monthly limit, never below 0 net. */
class NetClaimsTests {

    static BigDecimal kr(String amount) {
        return new BigDecimal(amount);
    }

    static final RecoveryLimit AT_MOST_1000 = new RecoveryLimit.Amount(kr("1000.00"));

    @Test
    void aNegativeMonthPaysNothingAndRaisesAClaimThatIsRecoveredOverTwoMonths() {
        // October: net −1 250.40 → pay 0, claim 0 + 1 250.40 = 1 250.40
        var october = NetClaims.settle(kr("-1250.40"), kr("0"), AT_MOST_1000);
        assertThat(october.payout()).isEqualByComparingTo("0.00");
        assertThat(october.claimRaised()).isEqualByComparingTo("1250.40");
        assertThat(october.claimAfter()).isEqualByComparingTo("1250.40");
        // November: net 20 000, limit 1 000 → recover 1 000.00, pay 19 000.00, claim 250.40 left
        var november = NetClaims.settle(kr("20000.00"), october.claimAfter(), AT_MOST_1000);
        assertThat(november.recovered()).isEqualByComparingTo("1000.00");
        assertThat(november.payout()).isEqualByComparingTo("19000.00");
        assertThat(november.claimAfter()).isEqualByComparingTo("250.40");
        // December: only the 250.40 left is taken; pay 20 000 − 250.40 = 19 749.60; claim 0
        var december = NetClaims.settle(kr("20000.00"), november.claimAfter(), AT_MOST_1000);
        assertThat(december.recovered()).isEqualByComparingTo("250.40");
        assertThat(december.payout()).isEqualByComparingTo("19749.60");
        assertThat(december.claimAfter()).isEqualByComparingTo("0.00");
    }

    @Test
    void recoveryNeverMakesNetNegative() {
        // net 300 with a 1 000 limit and 5 000 owed: take 300, pay 0, 4 700 left
        var result = NetClaims.settle(kr("300.00"), kr("5000.00"), AT_MOST_1000);
        assertThat(result.recovered()).isEqualByComparingTo("300.00");
        assertThat(result.payout()).isEqualByComparingTo("0.00");
        assertThat(result.claimAfter()).isEqualByComparingTo("4700.00");
    }

    @Test
    void aPercentageOfNetIsRoundedDownToTheOre() {
        // 10 % of 2 345.67 = 234.567 → 234.56; pay 2 345.67 − 234.56 = 2 111.11
        var result = NetClaims.settle(kr("2345.67"), kr("5000.00"), new RecoveryLimit.PercentOfNet(kr("10")));
        assertThat(result.recovered()).isEqualByComparingTo("234.56");
        assertThat(result.payout()).isEqualByComparingTo("2111.11");
        assertThat(result.claimAfter()).isEqualByComparingTo("4765.44");
    }

    @Test
    void aProtectedNetLeavesTheEmployeeAtLeastThatMuch() {
        // keep 18 000 of 20 000 → recover 2 000; a net below 18 000 recovers nothing
        assertThat(NetClaims.settle(kr("20000.00"), kr("5000.00"), new RecoveryLimit.ProtectedNet(kr("18000"))).recovered())
                .isEqualByComparingTo("2000.00");
        assertThat(NetClaims.settle(kr("17000.00"), kr("5000.00"), new RecoveryLimit.ProtectedNet(kr("18000"))).recovered())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void aSecondNegativeMonthAddsToTheClaim() {
        // 250.40 owed, net −100 → pay 0, claim 350.40
        var result = NetClaims.settle(kr("-100.00"), kr("250.40"), AT_MOST_1000);
        assertThat(result.payout()).isEqualByComparingTo("0.00");
        assertThat(result.claimAfter()).isEqualByComparingTo("350.40");
    }

    @Test
    void anAgreedAmountPerMonthRecoversTheLeastOfItTheClaimAndTheNet() {
        // Agreed 500 a month (Löneskulder), claim 3 000: net 24 122 → take 500, pay 23 622, 2 500 left
        var agreed = new RecoveryLimit.Amount(kr("500.00"));
        var month = NetClaims.settle(kr("24122.00"), kr("3000.00"), agreed);
        assertThat(month.recovered()).isEqualByComparingTo("500.00");
        assertThat(month.payout()).isEqualByComparingTo("23622.00");
        assertThat(month.claimAfter()).isEqualByComparingTo("2500.00");
        // only 200 owed → 200; net 350 with 3 000 owed → 350, pay 0
        assertThat(NetClaims.settle(kr("24122.00"), kr("200.00"), agreed).recovered()).isEqualByComparingTo("200.00");
        assertThat(NetClaims.settle(kr("350.00"), kr("3000.00"), agreed).payout()).isEqualByComparingTo("0.00");
    }

    @Test
    void noClaimNothingRecovered() {
        var result = NetClaims.settle(kr("20000.00"), kr("0"), AT_MOST_1000);
        assertThat(result.payout()).isEqualByComparingTo("20000.00");
        assertThat(result.recovered()).isEqualByComparingTo("0.00");
    }

    @Test
    void refusesNegativeClaimsAndLimits() {
        assertThatIllegalArgumentException().isThrownBy(() -> NetClaims.settle(kr("100"), kr("-1"), AT_MOST_1000));
        assertThatIllegalArgumentException().isThrownBy(() -> new RecoveryLimit.Amount(kr("-1")));
        assertThatIllegalArgumentException().isThrownBy(() -> new RecoveryLimit.PercentOfNet(kr("101")));
    }
}

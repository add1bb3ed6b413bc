package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AmountProperties {

    @Provide
    Arbitrary<Amount> amounts() {
        return Arbitraries.longs().between(-100_000_000_000_00L, 100_000_000_000_00L).map(Amount::ofOre);
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(4);
    }

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.class).filter(mode -> mode != RoundingMode.UNNECESSARY);
    }

    @Property
    void readsBackWhatItWrites(@ForAll("amounts") Amount amount) {
        assertThat(Amount.ofKronor(amount.format())).isEqualTo(amount);
        assertThat(Amount.ofKronor(amount.toString())).isEqualTo(amount);
        assertThat(Amount.ofKronor(amount.value().toPlainString())).isEqualTo(amount);
    }

    @Property
    void countsEveryOre(@ForAll long ore) {
        assertThat(Amount.ofOre(ore).toOre()).isEqualTo(ore);
    }

    @Property
    void subtractingWhatWasAddedGivesTheAmountBack(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.minus(b).plus(b)).isEqualTo(a);
        assertThat(a.negate().negate()).isEqualTo(a);
    }

    @Property
    void addsInAnyGrouping(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b, @ForAll("amounts") Amount c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(Amount.sum(List.of(a.plus(b), c))).isEqualTo(Amount.sum(List.of(a, b.plus(c))));
        assertThat(Amount.sum(List.of(a, b, c))).isEqualTo(a.plus(b).plus(c));
    }

    @Property
    void sumsInAnyOrder(@ForAll List<@From("amounts") Amount> amounts) {
        List<Amount> reversed = new ArrayList<>(amounts);
        Collections.reverse(reversed);
        assertThat(Amount.sum(reversed)).isEqualTo(Amount.sum(amounts)).isEqualTo(Amount.sum(amounts.stream()));
    }

    @Property
    void roundsAPercentageToWithinOneOre(@ForAll("amounts") Amount amount, @ForAll("rates") BigDecimal rate,
            @ForAll("roundings") RoundingMode rounding) {
        BigDecimal exact = amount.value().multiply(rate).divide(new BigDecimal("100"));
        Amount rounded = amount.percent(rate, rounding);
        assertThat(rounded.value().scale()).isEqualTo(2);
        assertThat(rounded.value().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        if (rounding == RoundingMode.DOWN)
            assertThat(rounded.value().abs()).isLessThanOrEqualTo(exact.abs());
        if (rounding == RoundingMode.FLOOR)
            assertThat(rounded.value()).isLessThanOrEqualTo(exact);
    }

    @Property
    void ordersAsItsOreDo(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(Long.compare(a.toOre(), b.toOre())));
        assertThat(a.max(b).compareTo(a.min(b))).isNotNegative();
    }
}

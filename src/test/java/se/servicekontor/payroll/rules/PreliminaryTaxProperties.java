package se.servicekontor.payroll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class PreliminaryTaxProperties {

    static final TaxTables TABLES = TaxTables.bundled(2026);
    static final PreliminaryTax TAX = new PreliminaryTax(TABLES);

    @Property
    void tableTaxIsNeverNegativeNorMoreThanThePay(@ForAll @IntRange(min = 29, max = 42) int table,
            @ForAll @IntRange(min = 1, max = 6) int column, @ForAll @LongRange(max = 5_000_000) long kronor) {
        assertThat(TABLES.monthlyTax(table, column, kronor)).isBetween(0L, kronor);
    }

    @Property
    void öreNeverChangeTheTableTax(@ForAll @IntRange(min = 29, max = 42) int table, @ForAll @IntRange(min = 1, max = 6) int column,
            @ForAll @LongRange(max = 500_000) long kronor, @ForAll @IntRange(max = 99) int öre) {
        BigDecimal pay = BigDecimal.valueOf(kronor * 100 + öre, 2);
        assertThat(TAX.taxFor(new TaxDecision.Table(table, column), pay)).isEqualTo(TABLES.monthlyTax(table, column, kronor));
    }

    @Property
    void percentTaxIsTheExactShareRoundedDownByLessThanOneKrona(
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal percent,
            @ForAll @LongRange(max = 5_000_000) long kronor) {
        long tax = TAX.taxFor(new TaxDecision.FixedPercent(percent), BigDecimal.valueOf(kronor));
        BigDecimal exact = BigDecimal.valueOf(kronor).multiply(percent).movePointLeft(2);
        assertThat(BigDecimal.valueOf(tax)).isLessThanOrEqualTo(exact);
        assertThat(BigDecimal.valueOf(tax + 1)).isGreaterThan(exact);
    }
}

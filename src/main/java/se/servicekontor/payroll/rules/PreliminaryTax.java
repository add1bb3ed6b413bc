package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Preliminary tax (preliminär skatt, skatteavdrag) to withhold from one month's taxable cash pay,
 * by the employee's {@link TaxDecision}. One-off payments (engångsbelopp) are not covered here.
 */
// Skatteverket SKV 433 (tables); skatteförfarandelagen (2011:1244) 11 kap. (percent decisions, SINK)
public final class PreliminaryTax {

    private final TaxTables tables;

    /** @param tables the tables for the income year of the payment */
    public PreliminaryTax(TaxTables tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * Tax in whole kronor. The öre of the taxable pay are dropped first, as for a table lookup; a
     * percentage is then applied and rounded down to whole kronor.
     *
     * @param taxableCashPay the month's taxable cash pay in kronor and öre, not negative
     */
    public long taxFor(TaxDecision decision, BigDecimal taxableCashPay) {
        Objects.requireNonNull(decision, "decision");
        long kronor = TaxTables.wholeKronor(taxableCashPay);
        if (decision instanceof TaxDecision.Table table)
            return tables.monthlyTax(table.table(), table.column(), kronor);
        if (decision instanceof TaxDecision.FixedPercent fixed)
            return percentRoundedDown(kronor, fixed.percent());
        if (decision instanceof TaxDecision.SecondaryIncome secondary)
            return percentRoundedDown(kronor, secondary.percent());
        if (decision instanceof TaxDecision.Sink sink)
            return percentRoundedDown(kronor, sink.percent());
        throw new IllegalArgumentException("Unknown tax decision " + decision);
    }

    // Rounded down to whole kronor, as SKV 433 does for the tables' percentage rows; that the same holds
    // for jämkning, 30 % and SINK, and that öre are dropped before the percentage, is UNCONFIRMED
    static long percentRoundedDown(long kronor, BigDecimal percent) {
        return BigDecimal.valueOf(kronor).multiply(percent).movePointLeft(2)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}

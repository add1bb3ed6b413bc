package se.servicekontor.payroll.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How preliminary tax is withheld for one employee, from the tax decision (skattebeslut) the
 * employer holds. Computed by {@link PreliminaryTax}.
 */
public sealed interface TaxDecision {

    /** Table tax (tabellskatt): a table number and a column from the employee's tax decision. */
    record Table(int table, int column) implements TaxDecision {
        public Table {
            if (column < 1 || column > 6)
                throw new IllegalArgumentException("Tax table column must be 1–6, was " + column);
            if (table < 1)
                throw new IllegalArgumentException("Tax table number must be positive, was " + table);
        }
    }

    /** A fixed percentage decided by Skatteverket (jämkning), for example 27 %. */
    record FixedPercent(BigDecimal percent) implements TaxDecision {
        public FixedPercent {
            percent = checkedPercent(percent);
        }
    }

    /** Secondary income (sidoinkomst): no tax decision is given to this employer, so 30 % is withheld. */
    // Skatteförfarandelagen (2011:1244) 11 kap.: 30 % when the employer has no table decision — paragraph UNCONFIRMED
    record SecondaryIncome() implements TaxDecision {
        public static final BigDecimal PERCENT = new BigDecimal("30");

        public BigDecimal percent() {
            return PERCENT;
        }
    }

    /**
     * Special income tax for residents abroad (SINK, särskild inkomstskatt för utomlands bosatta):
     * 25 % in 2026 (a proposal lowers it to 22.5 % — UNCONFIRMED), so the rate is data, not code.
     */
    record Sink(BigDecimal percent) implements TaxDecision {
        public Sink {
            percent = checkedPercent(percent);
        }
    }

    private static BigDecimal checkedPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)
            throw new IllegalArgumentException("A tax percentage must be 0–100, was " + percent.toPlainString());
        return percent;
    }
}

package se.servicekontor.payroll.rules;

import java.util.Arrays;
import java.util.List;

/**
 * One of Skatteverket's monthly tax tables (skattetabell), for example table 33: the tax to withhold
 * on a month's taxable cash pay, by column of the employee's tax decision. Immutable.
 */
public final class TaxTable {

    private final int number;
    private final long[] from;
    private final int[][] values;
    private final boolean[] percent;
    private final long kronorRowsTop;

    /** Built by {@link TaxTableFile} from lines already checked to be contiguous from 1 kr to an open top row. */
    TaxTable(int number, List<TaxTableLine> lines) {
        this.number = number;
        this.from = new long[lines.size()];
        this.values = new int[lines.size()][];
        this.percent = new boolean[lines.size()];
        long top = 0;
        for (int i = 0; i < lines.size(); i++) {
            TaxTableLine line = lines.get(i);
            from[i] = line.from();
            values[i] = line.columns().clone();
            percent[i] = line.percentRow();
            if (!line.percentRow())
                top = line.to();
        }
        this.kronorRowsTop = top;
    }

    /** The table number, 29–42 in 2026: the employee's total local tax rate rounded to whole percent. */
    public int number() {
        return number;
    }

    /** The number of rows (income bands) of the table. */
    public int rows() {
        return from.length;
    }

    /** The highest monthly amount with a kronor row (80 000 kr in 2026); above it the percentage rows apply. */
    public long kronorRowsTop() {
        return kronorRowsTop;
    }

    /**
     * The tax to withhold, in whole kronor, on a month's taxable cash pay in whole kronor (öre already
     * dropped). Zero pay gives zero tax.
     *
     * @param column 1–6 as on the employee's tax decision (1 = wages under 66, the normal column)
     */
    public long monthlyTax(int column, long taxableKronor) {
        if (column < 1 || column > TaxTableLine.COLUMNS)
            throw new IllegalArgumentException("Tax table column must be 1–6, was " + column);
        if (taxableKronor < 0)
            throw new IllegalArgumentException("Taxable pay must not be negative, was " + taxableKronor
                    + " kr: the pay run decides how a negative month is settled before tax");
        int row = Arrays.binarySearch(from, taxableKronor);
        if (row < 0)
            row = -row - 2; // the band whose lower bound is the largest one not above the amount
        if (row < 0)
            return 0; // 0 kr lies below the first band (1–2 000 kr), whose tax is 0
        int value = values[row][column - 1];
        if (!percent[row])
            return value;
        // Skatteverket SKV 433: above the kronor rows the percentage applies to the whole amount, rounded down to whole kronor
        return Math.multiplyExact(taxableKronor, value) / 100;
    }
}

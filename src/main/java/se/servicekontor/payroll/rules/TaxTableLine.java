package se.servicekontor.payroll.rules;

import java.util.regex.Pattern;

/**
 * One line of Skatteverket's fixed-width monthly tax table file, parsed by position.
 *
 * @param to income to in kronor, inclusive; {@link #OPEN} for the open-ended top row
 * @param columns the six column values: kronor of tax on a kronor row, whole percent on a percentage row
 */
record TaxTableLine(int lineNumber, boolean percentRow, int table, long from, long to, int[] columns) {

    static final long OPEN = Long.MAX_VALUE;
    static final int LENGTH = 49;
    static final int COLUMNS = 6;

    private static final Pattern RIGHT_ALIGNED_NUMBER = Pattern.compile(" *[0-9]+");

    // Skatteverket "Postbeskrivning allmänna tabeller": [0,2) period 30, [2] B/%, [3,5) table,
    // [5,12) from, [12,19) to (blank = open), [19,49) six 5-character columns
    static TaxTableLine parse(int lineNumber, String text) {
        if (text.length() != LENGTH)
            throw new InvalidReferenceData(lineNumber, "has " + text.length() + " characters; a monthly tax table line has "
                    + LENGTH + " (six 5-character columns): \"" + text + "\"");
        if (!text.startsWith("30"))
            throw new InvalidReferenceData(lineNumber, "does not start with period code 30 (monthly table): \"" + text + "\"");
        char kind = text.charAt(2);
        if (kind != 'B' && kind != '%')
            throw new InvalidReferenceData(lineNumber, "has row kind '" + kind + "' at position 2; expected 'B' (kronor) or '%' (percent)");
        int table = (int) number(lineNumber, text, 3, 5, "table number");
        long from = number(lineNumber, text, 5, 12, "income from");
        long to = text.substring(12, 19).isBlank() ? OPEN : number(lineNumber, text, 12, 19, "income to");
        if (to < from)
            throw new InvalidReferenceData(lineNumber, "income to " + to + " is below income from " + from);
        int[] columns = new int[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            int start = 19 + 5 * c;
            columns[c] = (int) number(lineNumber, text, start, start + 5, "column " + (c + 1));
            if (kind == '%' && columns[c] > 100)
                throw new InvalidReferenceData(lineNumber, "column " + (c + 1) + " is " + columns[c] + " %, above 100 %");
        }
        return new TaxTableLine(lineNumber, kind == '%', table, from, to, columns);
    }

    boolean open() {
        return to == OPEN;
    }

    String band() {
        return from + "–" + (open() ? "" : to) + " kr";
    }

    private static long number(int lineNumber, String text, int start, int end, String field) {
        String value = text.substring(start, end);
        if (!RIGHT_ALIGNED_NUMBER.matcher(value).matches())
            throw new InvalidReferenceData(lineNumber, field + " at [" + start + "," + end + ") is \"" + value
                    + "\", not a right-aligned whole number");
        return Long.parseLong(value.strip());
    }
}

package se.servicekontor.platform.jobs;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The skipped items of a run as a CSV file that Swedish Excel opens as it is: UTF-8 with a byte order
 * mark, semicolon-separated, CRLF line ends, a header row, fields quoted when they hold a separator, a
 * quote or a line break. A text that Excel would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, since item texts come from files outside the office.
 */
final class SkippedItemsCsv {

    private static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF";

    private SkippedItemsCsv() {
    }

    static byte[] write(List<SkippedItems.SkippedItem> items, List<String> header) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, header);
        for (SkippedItems.SkippedItem item : items) {
            row(csv, List.of(item.stepName(), nullToEmpty(item.itemRef()), nullToEmpty(item.reason()),
                    nullToEmpty(item.itemText())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String text = neutraliseFormula(value);
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.startsWith(" ") || text.endsWith(" ");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** OWASP CSV injection advice: prefix a cell that starts like a formula, unless it is a plain number. */
    private static String neutraliseFormula(String value) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        if (value.matches("[+-]?\\d[\\d\\s\u00a0]*([.,]\\d+)?")) {
            return value;
        }
        return "'" + value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

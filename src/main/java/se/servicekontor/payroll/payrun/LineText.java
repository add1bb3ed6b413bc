package se.servicekontor.payroll.payrun;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pay line's text as a Swedish reader expects it (issue 18 item 13), applied where it is shown so the rules keep
 * writing plain numbers: a decimal comma ("960.00" → "960,00", "1.5 tim" → "1,5 tim"), thousands grouped by a
 * no-break space from five digits ("31250,00" → "31 250,00"; Språkrådet, Svenska skrivregler: four digits may stay
 * together) and the singular after one ("1 dagar" → "1 dag", "1 kalenderdagar" → "1 kalenderdag").
 */
final class LineText {

    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.-])(\\d+)\\.(\\d+)(?![\\d.-])");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d,.-])(\\d{5,})(?![\\d-])");
    private static final Pattern ONE_DAYS = Pattern.compile("(?<![\\d,])\\b1 (dagar|kalenderdagar|arbetsdagar|timmar)\\b");

    private LineText() {
    }

    static String swedish(String text) {
        if (text == null)
            return null;
        String s = DECIMAL.matcher(text).replaceAll("$1,$2");
        Matcher m = LONG_NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find())
            m.appendReplacement(out, group(m.group(1)));
        m.appendTail(out);
        Matcher one = ONE_DAYS.matcher(out.toString());
        StringBuilder singular = new StringBuilder();
        while (one.find())
            one.appendReplacement(singular, "1 " + switch (one.group(1)) {
                case "dagar" -> "dag";
                case "kalenderdagar" -> "kalenderdag";
                case "arbetsdagar" -> "arbetsdag";
                default -> "timme";
            });
        one.appendTail(singular);
        return singular.toString();
    }

    private static String group(String digits) {
        StringBuilder b = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        b.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3)
            b.append('\u00A0').append(digits, i, i + 3);
        return b.toString();
    }
}

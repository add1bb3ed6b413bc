package se.servicekontor.payroll.employment;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A month in words, for texts that say which month a change belongs to and which month pays it (issue 18 item 12:
 * "frånvaro i oktober 2026, betalas i november 2026"). Swedish month names are lower case (Språkrådet).
 */
public final class MonthWords {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private MonthWords() {
    }

    /** "oktober 2026" (Swedish) or "October 2026". */
    public static String monthYear(YearMonth month, Locale locale) {
        Locale l = locale == null || !"en".equals(locale.getLanguage()) ? SWEDISH : Locale.ENGLISH;
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, l) + " " + month.getYear();
    }

    /** "oktober 2026". */
    public static String monthYear(YearMonth month) {
        return monthYear(month, SWEDISH);
    }

    /** "oktober" / "October". */
    public static String month(YearMonth month, Locale locale) {
        Locale l = locale == null || !"en".equals(locale.getLanguage()) ? SWEDISH : Locale.ENGLISH;
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, l);
    }

}

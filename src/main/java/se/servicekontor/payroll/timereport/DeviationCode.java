package se.servicekontor.payroll.timereport;

import java.util.Locale;
import java.util.Optional;

/**
 * The codes of a time report. Absences cover dates with an extent (percent of the working time);
 * hour codes carry a number of hours; one-off codes an amount in kronor.
 */
public enum DeviationCode {
    SICK_LEAVE("SJK", "Sjukfrånvaro", Kind.ABSENCE),
    VACATION("SEM", "Semester", Kind.ABSENCE),
    LEAVE_OF_ABSENCE("TJL", "Tjänstledighet", Kind.ABSENCE),
    CARE_OF_SICK_CHILD("VAB", "Vård av barn", Kind.ABSENCE),
    PARENTAL_LEAVE("FPL", "Föräldraledighet", Kind.ABSENCE),
    OVERTIME_SIMPLE("ÖT1", "Enkel övertid", Kind.HOURS),
    OVERTIME_QUALIFIED("ÖT2", "Kvalificerad övertid", Kind.HOURS),
    OB_A("OBA", "OB A (storhelg)", Kind.HOURS),
    OB_B("OBB", "OB B (helg)", Kind.HOURS),
    OB_C("OBC", "OB C (vardag natt)", Kind.HOURS),
    OB_D("OBD", "OB D (vardag kväll)", Kind.HOURS),
    HOURS_WORKED("TIM", "Arbetade timmar (timavlönad)", Kind.HOURS),
    /** Hours of a booked shift an hourly-paid employee (timavlönad) lost to sickness: one row per shift. */
    SICK_HOURS("SJT", "Sjuktimmar (timavlönad)", Kind.HOURS),
    ADDITION("TILL", "Engångstillägg", Kind.AMOUNT),
    DEDUCTION("AVDR", "Engångsavdrag", Kind.AMOUNT);

    /** What the quantity of a deviation means. */
    public enum Kind { ABSENCE, HOURS, AMOUNT }

    private final String code;
    private final String swedish;
    private final Kind kind;

    DeviationCode(String code, String swedish, Kind kind) {
        this.code = code;
        this.swedish = swedish;
        this.kind = kind;
    }

    /** The short code in time reports, e.g. "SJK". */
    public String code() {
        return code;
    }

    public String swedish() {
        return swedish;
    }

    public Kind kind() {
        return kind;
    }

    /** The short codes in order, for messages: "SJK, SEM, …". */
    public static String codeList() {
        return java.util.Arrays.stream(values()).map(DeviationCode::code).collect(java.util.stream.Collectors.joining(", "));
    }

    /** "SJK", "sjk", "ÖT1", "OT1" (Ö written O by systems without å/ä/ö). */
    public static Optional<DeviationCode> fromCode(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (DeviationCode c : values())
            if (c.code.equals(t) || c.code.replace('Ö', 'O').equals(t) || c.name().equals(t))
                return Optional.of(c);
        return Optional.empty();
    }
}

package se.servicekontor.payroll.employment;

import java.util.Locale;
import java.util.Optional;

/** Anställningsform: tillsvidare (permanent), visstid (fixed-term) or timavlönad (hourly paid). */
public enum EmploymentForm {
    PERMANENT("Tillsvidare"), FIXED_TERM("Visstid"), HOURLY("Timavlönad");

    private final String swedish;

    EmploymentForm(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }

    /** "Tillsvidare", "visstid", "Timavlönad" or "timlön" (case ignored). */
    static Optional<EmploymentForm> fromSwedish(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (EmploymentForm form : values())
            if (form.swedish.toLowerCase(Locale.ROOT).equals(t) || form.name().toLowerCase(Locale.ROOT).equals(t))
                return Optional.of(form);
        return t.equals("timlön") || t.equals("timanställd") ? Optional.of(HOURLY) : Optional.empty();
    }
}

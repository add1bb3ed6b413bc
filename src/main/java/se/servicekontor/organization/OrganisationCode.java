package se.servicekontor.organization;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The rule both kinds of organisation code follow: 1–20 letters, digits, '-' or '_', upper case. */
final class OrganisationCode {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9ÅÄÖ][A-Z0-9ÅÄÖ_-]{0,19}");

    private OrganisationCode() {
    }

    static String normalise(String value, String what) {
        Objects.requireNonNull(value, what);
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' är ogiltig: använd 1–20 bokstäver eller siffror (även - och _).");
        }
        return code;
    }
}

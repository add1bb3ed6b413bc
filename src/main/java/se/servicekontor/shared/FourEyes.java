package se.servicekontor.shared;

import java.util.Locale;

/**
 * The four-eyes rule (fyraögonsprincipen): whoever prepared or changed something that moves money
 * may not also release or confirm it. One rule for supplier bank accounts, payment release, pay-run
 * release and employee bank accounts, so they cannot drift apart.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /**
     * Whether two user names name the same person: compared without surrounding spaces and case, as
     * user names are entered by hand in the register and at login. A missing name is nobody.
     */
    public static boolean samePerson(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank())
            return false;
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}

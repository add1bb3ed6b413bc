package se.servicekontor.platform;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;

/**
 * A failure a person sees as a short correlation id ("felnummer") while the detail goes to the log under the
 * same id (issue 16): no exception text, SQL or file path ever reaches a page or a flash message.
 */
public final class Incident {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Incident() {
    }

    /** Logs the failure with a new id and returns the id, e.g. {@code 3f9a-c21e}, for the person to quote. */
    public static String log(Logger log, String what, Throwable failure) {
        String id = newId();
        log.error("Incident {}: {}", id, what, failure);
        return id;
    }

    static String newId() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return hex.substring(0, 4) + "-" + hex.substring(4);
    }
}

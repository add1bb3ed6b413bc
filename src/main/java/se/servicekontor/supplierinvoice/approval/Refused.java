package se.servicekontor.supplierinvoice.approval;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A change of an invoice's life cycle that the rules do not allow, said in words: a message key of the
 * supplierinvoice bundle with its arguments, and the Swedish text for logs and tests.
 */
public class Refused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    Refused(String key, String swedish, Object... args) {
        super(new MessageFormat(swedish, Locale.ROOT).format(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}

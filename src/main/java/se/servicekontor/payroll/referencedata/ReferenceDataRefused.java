package se.servicekontor.payroll.referencedata;

import java.util.List;

/**
 * A change of reference data that was refused: the message key and its arguments say in words what is
 * wrong and what to do (Swedish and English bundles); {@link #getMessage()} is the English fallback for logs.
 */
public class ReferenceDataRefused extends RuntimeException {

    private final String key;
    private final List<Object> args;

    ReferenceDataRefused(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}

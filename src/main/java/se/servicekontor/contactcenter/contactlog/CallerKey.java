package se.servicekontor.contactcenter.contactlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import se.servicekontor.shared.OrganisationNumber;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * Who called, as the contact log keeps it: a supplier by organisation number; a person by a hash of
 * their personal identity number, so the log can find a repeat contact without holding the number.
 */
public record CallerKey(String value) {

    public static CallerKey of(OrganisationNumber organisation) {
        return new CallerKey("org:" + organisation.digits());
    }

    public static CallerKey of(PersonalIdentityNumber person) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("person:" + person.twelveDigits()).getBytes(StandardCharsets.US_ASCII));
            return new CallerKey("person:" + HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

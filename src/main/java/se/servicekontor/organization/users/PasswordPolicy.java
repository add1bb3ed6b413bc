package se.servicekontor.organization.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not one of the common passwords
 * shipped in {@code security/common-passwords.txt} (also not with digits or symbols added at the end, as in
 * "Sommar2025!!"), and not containing the user name. NIST SP 800-63B 5.1.1.2: length and a block list
 * instead of composition rules. Answers with a message key, never with the password.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    private static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static PasswordPolicy withShippedList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return new PasswordPolicy(Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("account.password.tooShort");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(lower) || common.contains(stem) || isOneCharacterRepeated(lower)) {
            return Optional.of("account.password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.containsUsername");
        }
        return Optional.empty();
    }

    int listSize() {
        return common.size();
    }

    private static boolean isOneCharacterRepeated(String s) {
        return s.chars().distinct().count() <= 2;
    }
}

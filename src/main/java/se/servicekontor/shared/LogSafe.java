package se.servicekontor.shared;

/**
 * A user-supplied value made safe for one log line: CR, LF and other control characters become '_', so
 * nobody can forge a log entry (OWASP Logging Cheat Sheet, "log injection"); long values are cut.
 */
public final class LogSafe {

    static final int MAX_LENGTH = 200;

    private LogSafe() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        for (int i = 0; i < text.length() && clean.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '_' : c);
        }
        if (text.length() > MAX_LENGTH) {
            clean.append('…');
        }
        return clean.toString();
    }
}

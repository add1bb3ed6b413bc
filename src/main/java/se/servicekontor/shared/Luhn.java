package se.servicekontor.shared;

/**
 * The mod-10 (Luhn) check digit used by Swedish identity, organisation and giro numbers: from the
 * rightmost digit of the body leftwards, every other digit is doubled (digits of a product summed),
 * and the check digit brings the total up to a multiple of ten.
 */
final class Luhn {

    private Luhn() {
    }

    /** The check digit to append to {@code body}, a non-empty string of ASCII digits. */
    static int checkDigit(String body) {
        if (body == null || body.isEmpty() || !isDigits(body))
            throw new IllegalArgumentException("A Luhn body is one or more digits 0-9");
        int sum = 0;
        boolean doubled = true; // the body's rightmost digit is doubled
        for (int i = body.length() - 1; i >= 0; i--) {
            int digit = body.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9)
                    digit -= 9; // 2×d has at most two digits: their sum is 2×d − 9
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether {@code number} is at least two ASCII digits and its last digit is the Luhn check digit of the rest. */
    static boolean isValid(String number) {
        if (number == null || number.length() < 2 || !isDigits(number))
            return false;
        int last = number.length() - 1;
        return checkDigit(number.substring(0, last)) == number.charAt(last) - '0';
    }

    /** Whether every character is an ASCII digit 0-9 (not other Unicode digits). */
    static boolean isDigits(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    }
}

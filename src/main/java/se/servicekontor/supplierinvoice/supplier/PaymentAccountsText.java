package se.servicekontor.supplierinvoice.supplier;

import java.util.ArrayList;
import java.util.List;

import se.servicekontor.shared.BankgiroNumber;
import se.servicekontor.shared.PlusgiroNumber;

/** Canonical account tokens ({@code BG:56789012;IBAN:SE45…}) written the way people read them. */
final class PaymentAccountsText {

    private PaymentAccountsText() {
    }

    static String of(String canonical) {
        if (canonical == null || canonical.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String token : canonical.split(";")) {
            int colon = token.indexOf(':');
            String kind = colon < 0 ? "" : token.substring(0, colon);
            String id = colon < 0 ? token : token.substring(colon + 1);
            parts.add(switch (kind) {
                case "BG" -> "Bankgiro " + formatted(() -> new BankgiroNumber(id).toString(), id);
                case "PG" -> "Plusgiro " + formatted(() -> new PlusgiroNumber(id).toString(), id);
                case "IBAN" -> "IBAN " + groups(id);
                default -> "Konto " + id;
            });
        }
        return String.join(", ", parts);
    }

    /** The number in its usual form (5678-9012, 123456-7), or as given when it is not a valid number. */
    private static String formatted(java.util.function.Supplier<String> format, String raw) {
        try {
            return format.get();
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String groups(String iban) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            out.append(out.isEmpty() ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
        }
        return out.toString();
    }
}

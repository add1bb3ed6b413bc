package se.servicekontor.supplierinvoice.supplier;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import se.servicekontor.shared.OrganisationNumber;

/**
 * What a received invoice says about its seller (EN 16931 BG-4, BG-16), as the supplier register needs it.
 *
 * @param name           BT-27 (else BT-28)
 * @param legalId        BT-30 as stated; a Swedish organisation number when valid
 * @param legalIdScheme  scheme of BT-30 (0007 = Swedish organisation number), may be null
 * @param vatNumber      BT-31
 * @param peppolId       BT-34 as scheme:id
 * @param fSkatt         the seller states "Godkänd för F-skatt" (BT-32)
 * @param accounts       BT-84 payment accounts
 */
public record SupplierFacts(String name, String legalId, String legalIdScheme, String vatNumber, String peppolId,
                            String street, String postalCode, String city, String countryCode, boolean fSkatt,
                            List<Account> accounts) {

    public SupplierFacts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** A payment account: kind BANKGIRO, PLUSGIRO, IBAN or OTHER, the id as written, the BIC if any. */
    public record Account(Kind kind, String id, String bic) {

        public enum Kind { BANKGIRO, PLUSGIRO, IBAN, OTHER }

        public Account {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        /** One comparable token: {@code BG:56789012}, {@code PG:…}, {@code IBAN:…}, {@code KONTO:…}. */
        public String canonical() {
            String compact = id.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            return switch (kind) {
                case BANKGIRO -> "BG:" + compact;
                case PLUSGIRO -> "PG:" + compact;
                case IBAN -> "IBAN:" + compact;
                case OTHER -> "KONTO:" + compact;
            };
        }
    }

    /** The Swedish organisation number, from BT-30 or from a Swedish VAT number (SE + 10 digits + 01); null if none is valid. */
    public String organisationNumber() {
        if (legalId != null && (legalIdScheme == null || "0007".equals(legalIdScheme)) && OrganisationNumber.isValid(legalId)) {
            return OrganisationNumber.parse(legalId).digits();
        }
        String vat = vatNumber == null ? "" : vatNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (vat.matches("SE\\d{10}01") && OrganisationNumber.isValid(vat.substring(2, 12))) {
            return vat.substring(2, 12);
        }
        return null;
    }

    /**
     * How the register recognises the supplier, most reliable identifier first: the Swedish organisation
     * number, the VAT number, the legal registration id, the Peppol address, the name.
     */
    public String key() {
        String orgNr = organisationNumber();
        if (orgNr != null) {
            return "SE:" + orgNr;
        }
        if (vatNumber != null && !vatNumber.isBlank()) {
            return "VAT:" + vatNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        }
        if (legalId != null && !legalId.isBlank()) {
            return "ID:" + (legalIdScheme == null ? "" : legalIdScheme) + ":" + legalId.strip();
        }
        if (peppolId != null && !peppolId.isBlank()) {
            return "EP:" + peppolId.strip();
        }
        return "NAME:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
    }

    /** The accounts as the register compares them: canonical tokens, sorted, joined with ';'; null when none. */
    public String canonicalAccounts() {
        return canonical(accounts);
    }

    static String canonical(List<Account> accounts) {
        TreeSet<String> tokens = new TreeSet<>();
        accounts.forEach(a -> tokens.add(a.canonical()));
        return tokens.isEmpty() ? null : String.join(";", tokens);
    }
}

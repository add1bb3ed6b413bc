package se.servicekontor.supplierinvoice.supplier;

import java.util.ArrayList;
import java.util.List;

import se.servicekontor.supplierinvoice.supplier.SupplierFacts.Account;

/**
 * An economy officer's edit of a supplier, already checked (organisation number, giro numbers and IBAN valid,
 * blanks as null). Giro numbers are digits only, the IBAN without spaces.
 */
public record SupplierEdit(String name, String organisationNumber, String vatNumber, String street, String postalCode,
                           String city, String countryCode, String peppolId, boolean fSkatt, String bankgiro,
                           String plusgiro, String iban, String bic, String otherAccount) {

    List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        if (bankgiro != null) {
            accounts.add(new Account(Account.Kind.BANKGIRO, bankgiro, null));
        }
        if (plusgiro != null) {
            accounts.add(new Account(Account.Kind.PLUSGIRO, plusgiro, null));
        }
        if (iban != null) {
            accounts.add(new Account(Account.Kind.IBAN, iban, bic));
        }
        if (otherAccount != null) {
            accounts.add(new Account(Account.Kind.OTHER, otherAccount, null));
        }
        return accounts;
    }
}

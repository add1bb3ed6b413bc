package se.servicekontor.accounting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The municipality's chart of accounts (Kommun-Bas style), dated reference data: which accounts exist on a day.
 * Other modules read accounts only through this type.
 */
public interface ChartOfAccounts {

    /** The account valid on the day, if any. */
    Optional<Account> find(String number, LocalDate on);

    /** Every account valid on the day, by number. */
    List<Account> validOn(LocalDate on);

    /**
     * One account and the period it is valid in (both days included, {@code validTo} null = until further notice).
     *
     * @param costAccount whether it may be coded on an invoice (class 3–8), not only posted by the ledger
     */
    record Account(String number, String name, LocalDate validFrom, LocalDate validTo, boolean costAccount) {

        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        @Override
        public String toString() {
            return number + " " + name;
        }
    }
}

package se.servicekontor.supplierinvoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The accounts an invoice may be coded on, as the coding pages need them. The accounting module provides it from
 * its chart of accounts (so that supplierinvoice does not depend on accounting, which listens to InvoiceApproved).
 */
public interface CodingAccounts {

    /** The account's name when it may be coded on that day, else empty. */
    Optional<String> nameOf(String account, LocalDate on);

    /** "number name" of every account that may be coded on the day, by number. */
    List<String> codable(LocalDate on);
}

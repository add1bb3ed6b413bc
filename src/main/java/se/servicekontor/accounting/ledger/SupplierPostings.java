package se.servicekontor.accounting.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.servicekontor.accounting.ledger.Verification.Posting;
import se.servicekontor.shared.Amount;

/**
 * The verifications of the supplier ledger (DOMAIN.md §2 step 7, issue 13): an approved invoice debits its
 * cost accounts per coding line with the cost centre as dimension 1 (SIE 4B §8.17), debits input VAT
 * (deductible) or the VAT-compensation claim (lagen 2005:807), and credits the supplier liability; a
 * payment debits the liability per invoice and credits the bank. A credit note has negative amounts, so
 * the same rows come out with their signs turned. Plain Java: the listeners and the export are around it.
 */
public final class SupplierPostings {

    /**
     * The accounts used. Kommun-Bas numbers for these are UNCONFIRMED (DOMAIN.md: the 2026 chart was not
     * retrieved); the defaults are the BAS numbers of FORMAT-NOTES.md's sketch and a placeholder for the
     * compensation claim, to be set per municipality.
     */
    public record Accounts(String liability, String inputVat, String vatCompensation, String bank) {
        public static final Accounts DEFAULTS = new Accounts("2440", "2640", "1573", "1930");
    }

    /** One coding line: cost account, cost centre (ansvar) and the amount excluding VAT. */
    public record CostLine(String account, String costCentre, Amount net) {
    }

    /** One invoice paid in a payment: the text shown on its row and the amount paid (negative: a credit note set off). */
    public record Paid(String text, Amount amount) {
    }

    private final Accounts accounts;

    public SupplierPostings(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * @param deductibleVat   VAT the municipality deducts (input VAT)
     * @param compensatedVat  VAT refunded through the compensation system (LEMK)
     * @param payable         what is owed the supplier; the lines and the VAT must add up to it
     */
    public Verification approvedInvoice(String source, LocalDate date, String text, List<CostLine> lines,
            Amount deductibleVat, Amount compensatedVat, Amount payable) {
        List<Posting> rows = new ArrayList<>();
        for (CostLine line : lines) {
            Map<Integer, String> objects = line.costCentre() == null ? Map.of() : Map.of(1, line.costCentre());
            rows.add(new Posting(line.account(), objects, line.net(), null));
        }
        if (!deductibleVat.isZero()) {
            rows.add(Posting.of(accounts.inputVat(), deductibleVat));
        }
        if (!compensatedVat.isZero()) {
            rows.add(Posting.of(accounts.vatCompensation(), compensatedVat));
        }
        rows.add(Posting.of(accounts.liability(), payable.negate()));
        return new Verification(source, date, text, rows);
    }

    public Verification payment(String source, LocalDate bankDate, String text, List<Paid> paid) {
        List<Posting> rows = new ArrayList<>();
        for (Paid p : paid) {
            rows.add(new Posting(accounts.liability(), Map.of(), p.amount(), p.text()));
        }
        rows.add(Posting.of(accounts.bank(), Amount.sum(paid.stream().map(Paid::amount)).negate()));
        return new Verification(source, bankDate, text, rows);
    }
}

package se.servicekontor.accounting.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.servicekontor.shared.Amount;

/**
 * A ledger verification (verifikation): a dated, described set of postings that sums to exactly zero,
 * debit positive and credit negative (Bokföringslagen 1999:1078 5 kap. 6 §; SIE 4B §5.9 sign rule).
 * Built only balanced: an unbalanced one is refused with the difference in words.
 *
 * @param source what it records, unique per event: {@code invoice-approved:4711}, {@code payment:SK-INV-4711}
 */
public record Verification(String source, LocalDate date, String text, List<Posting> postings) {

    /**
     * One row. {@code objects} maps SIE dimension number to object id, e.g. {@code 1 → "100"} for
     * cost centre (ansvar) 100; empty when the account carries no object.
     */
    public record Posting(String account, Map<Integer, String> objects, Amount amount, String text) {
        public Posting {
            if (account == null || !account.matches("\\d{4,8}")) {
                throw new IllegalArgumentException("Ett konto är fyra till åtta siffror: " + account);
            }
            objects = Map.copyOf(objects);
            Objects.requireNonNull(amount, "amount");
        }

        public static Posting of(String account, Amount amount) {
            return new Posting(account, Map.of(), amount, null);
        }
    }

    public Verification {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("En verifikation har minst två rader: " + source);
        }
        Amount sum = Amount.sum(postings.stream().map(Posting::amount));
        if (!sum.isZero()) {
            throw new IllegalArgumentException("Verifikationen " + source + " balanserar inte: debet och kredit skiljer "
                    + sum.format());
        }
    }
}

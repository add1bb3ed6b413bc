package se.servicekontor.supplierinvoice;

/** The identity of a received supplier invoice or credit note, as other modules see it. */
public record InvoiceId(long value) {

    public InvoiceId {
        if (value <= 0)
            throw new IllegalArgumentException("An invoice id is positive, was " + value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

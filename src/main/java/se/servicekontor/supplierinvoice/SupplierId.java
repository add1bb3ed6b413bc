package se.servicekontor.supplierinvoice;

/** The identity of a supplier in the supplier register, as other modules see it. */
public record SupplierId(long value) {

    public SupplierId {
        if (value <= 0)
            throw new IllegalArgumentException("A supplier id is positive, was " + value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

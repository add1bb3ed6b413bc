package se.servicekontor.payroll;

/** The identity of a pay run (lönekörning), as other modules see it. */
public record PayRunId(long value) {

    public PayRunId {
        if (value <= 0)
            throw new IllegalArgumentException("A pay run id is positive, was " + value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

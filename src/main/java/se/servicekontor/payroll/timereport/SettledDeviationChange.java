package se.servicekontor.payroll.timereport;

/** A change to a deviation that a released pay run has paid was refused; the message says what to do instead. */
public class SettledDeviationChange extends RuntimeException {

    public SettledDeviationChange(String message) {
        super(message);
    }
}

package se.servicekontor.payroll.payrun;

/** A pay run action was refused; the message says why, in Swedish, for the officer. */
public class PayRunRefused extends RuntimeException {

    public PayRunRefused(String message) {
        super(message);
    }
}

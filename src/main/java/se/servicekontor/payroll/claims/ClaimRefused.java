package se.servicekontor.payroll.claims;

/** A manual change to a claim that cannot be made as things are now; the message says why, in Swedish, for the officer. */
class ClaimRefused extends RuntimeException {

    ClaimRefused(String message) {
        super(message);
    }
}

package se.servicekontor.payroll.employment;

/** A change dated in a locked pay period (its final pay run is released) was refused; corrections go into the next period. */
public class LockedPayPeriodChange extends RuntimeException {

    public LockedPayPeriodChange(String message) {
        super(message);
    }
}

package se.servicekontor.payroll.payrun;

import java.time.YearMonth;

/** A change to a released (locked) pay period was refused; corrections go into the next period. */
public class PeriodLocked extends PayRunRefused {

    public PeriodLocked(YearMonth period, String what) {
        super(what + ": löneperioden " + period + " är låst eftersom den slutliga lönekörningen är attesterad."
                + " Rättelser görs i nästa period.");
    }
}

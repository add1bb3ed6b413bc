package se.servicekontor.payroll.payrun;

import se.servicekontor.payroll.PayRunId;

/** An officer who started or restarted a final pay run tried to release it: a second officer must (fyraögonsprincipen). */
public class FourEyesViolation extends PayRunRefused {

    public FourEyesViolation(PayRunId run, String actor) {
        super("Du (" + actor + ") startade eller startade om den slutliga lönekörningen " + run + " och får därför inte attestera den."
                + " En annan löneadministratör måste attestera den (fyraögonsprincipen).");
    }
}

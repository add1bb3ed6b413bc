package se.servicekontor.payroll.salarypayment;

import java.time.Instant;
import java.time.LocalDate;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.FourEyes;

/**
 * A released run's salary payment file and its life cycle: PRODUCED (written and archived by salaryPaymentJob)
 * → RELEASED (sent on to the bank).
 * <p>
 * The four-eyes rule (decided here, DOMAIN.md §3 and the pay run's own rule): the officer who released the pay run
 * may not also release its payment file; a second payroll officer does ({@link FourEyes#samePerson}). So the file
 * that moves the money has been looked at by someone other than the one who approved the amounts.
 */
record SalaryPayment(long payRunId, String period, long producedFileId, String messageId, LocalDate executionDate, int payments,
                     Amount total, Status status, String payRunReleasedBy, String releasedBy, Instant releasedAt, int version) {

    enum Status { PRODUCED, RELEASED }

    /** The released file; refuses (with the reason in words) a second release or the pay run's own releaser. */
    SalaryPayment release(String actor, Instant now) {
        if (status == Status.RELEASED)
            throw new SalaryPaymentRefused("Lönefilen för " + period + " är redan frisläppt till banken av " + releasedBy + ".");
        if (FourEyes.samePerson(actor, payRunReleasedBy))
            throw new SalaryPaymentRefused("Du (" + actor + ") frisläppte lönekörningen och får därför inte frisläppa lönefilen."
                    + " En annan löneadministratör måste göra det (fyraögonsprincipen).");
        return new SalaryPayment(payRunId, period, producedFileId, messageId, executionDate, payments, total, Status.RELEASED,
                payRunReleasedBy, actor, now, version);
    }

    /** A change to the salary payment file that its state or the four-eyes rule does not allow. */
    static final class SalaryPaymentRefused extends RuntimeException {
        SalaryPaymentRefused(String message) {
            super(message);
        }
    }
}

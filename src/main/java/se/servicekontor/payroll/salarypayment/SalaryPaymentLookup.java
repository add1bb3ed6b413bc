package se.servicekontor.payroll.salarypayment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.servicekontor.shared.Amount;

/** The salary payment file of a run as the Utbetalning page shows it. */
@Component
public class SalaryPaymentLookup {

    /** @param released whether a second officer has released it to the bank (then it can be downloaded) */
    public record View(long payRunId, String messageId, LocalDate executionDate, int payments, Amount total, boolean released,
                       String payRunReleasedBy, String releasedBy, Instant releasedAt) {
    }

    private final SalaryPayments payments;

    SalaryPaymentLookup(SalaryPayments payments) {
        this.payments = payments;
    }

    public Optional<View> of(long payRunId) {
        return payments.find(payRunId).map(p -> new View(p.payRunId(), p.messageId(), p.executionDate(), p.payments(), p.total(),
                p.status() == SalaryPayment.Status.RELEASED, p.payRunReleasedBy(), p.releasedBy(), p.releasedAt()));
    }
}

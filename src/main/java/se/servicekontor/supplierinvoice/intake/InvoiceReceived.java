package se.servicekontor.supplierinvoice.intake;

/**
 * Intake saved a valid original invoice or credit note (status RECEIVED, not a duplicate): routing takes it from
 * here. Published inside the intake chunk's transaction, so it exists exactly when the invoice does.
 */
public record InvoiceReceived(long invoiceId) {
}

/**
 * Accounting: the chart of accounts (Kommun-Bas), the general ledger's verifications and the SIE 4
 * export. Listens to {@code PayRunReleased}, {@code InvoiceApproved} and {@code InvoicePaid}; other
 * modules read accounts through this package's public types only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounting")
package se.servicekontor.accounting;

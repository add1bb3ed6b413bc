/**
 * Supplier invoices: intake of e-invoices (Peppol BIS 3 UBL, CII, Factur-X PDF) into Ekonomicenter's Inkorg,
 * the rejected and manual-registration queues, and the supplier register. Later: routing, coding, approval,
 * payment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supplier invoices")
package se.servicekontor.supplierinvoice;

/**
 * Kundcenter, the office's "one way in": snabbsök that answers a caller at once from the other modules'
 * public lookups (invoice status from supplier invoices, pay status from payroll), the contact log with
 * its repeat-contact flag, and the suppliers' self-service status page. It only reads other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact centre")
package se.servicekontor.contactcenter;

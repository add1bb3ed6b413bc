package se.servicekontor.contactcenter.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What Kundcenter tells suppliers about invoicing the municipality ({@code servicekontor.contactcenter.*}).
 *
 * @param peppolId        the municipality's Peppol participant id (scheme 0007 = Swedish organisation number)
 * @param invoiceAddress  the postal address for the PDF invoices still sent on paper or by e-mail
 * @param invoiceEmail    the address for PDF invoices by e-mail
 */
@ConfigurationProperties("servicekontor.contactcenter")
record ContactCentreProperties(@DefaultValue("0007:2120000142") String peppolId,
                               @DefaultValue("Exempelby kommun, Fakturaskanning, Box 100, 123 45 Exempelby") String invoiceAddress,
                               @DefaultValue("fakturor@exempelby.se") String invoiceEmail) {
}

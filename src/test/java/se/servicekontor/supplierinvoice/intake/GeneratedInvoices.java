package se.servicekontor.supplierinvoice.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes Peppol BIS Billing 3.0 UBL invoices from Swedish suppliers to Exempelby kommun, written for these
 * tests from the BIS 3 syntax (not copied from any Peppol file): valid organisation numbers and bankgiro
 * numbers (Luhn), F-skatt, SEK, 25/12/6 % VAT, totals computed per EN 16931 (line sums, VAT per rate rounded
 * half up to the öre). Deterministic for a given seed.
 */
public final class GeneratedInvoices {

    /** A few suppliers: organisation number (valid Luhn), name, city, bankgiro (valid Luhn). */
    static final String[][] SUPPLIERS = {
            {luhn("556677889"), "Kontorsvaror i Norr AB", "Umeå", luhn("5050105")},
            {luhn("556123456"), "Städ &amp; Fastighetsservice AB", "Luleå", luhn("5678901")},
            {luhn("556987654"), "Skolmat Sverige AB", "Skellefteå", luhn("1234566")},
            {luhn("559011223"), "IT-konsult Västerbotten AB", "Umeå", luhn("8000200")}};

    /** Exempelby kommun: a municipality's organisation number (212000-NNNN, valid Luhn). */
    static final String BUYER = luhn("212000264");

    private static final String[] ITEMS = {"Kopieringspapper A4", "Whiteboardpennor", "Städtjänst timme", "Skolluncher",
            "Konsulttimme", "Bläckpatron", "Kontorsstol", "Tangentbord", "Pärm A4", "Fönsterputs"};
    private static final int[] RATES = {25, 12, 6};

    private GeneratedInvoices() {
    }

    /** Invoice number {@code number} with {@code lines} lines from supplier {@code number % 4}. */
    public static byte[] invoice(int number, int lines, long seed) {
        return invoice("GEN-" + number, SUPPLIERS[Math.floorMod(number, SUPPLIERS.length)], lines, seed, null);
    }

    /** The same, with another bankgiro number (to test a changed payment account). */
    public static byte[] invoiceWithBankgiro(String invoiceNumber, int supplier, String bankgiro) {
        return invoice(invoiceNumber, SUPPLIERS[supplier], 2, 7, bankgiro);
    }

    static byte[] invoice(String id, String[] supplier, int lines, long seed, String bankgiroOverride) {
        Random random = new Random(seed);
        LocalDate issued = LocalDate.of(2026, 11, 1).plusDays(random.nextInt(20));
        Map<Integer, BigDecimal> taxable = new TreeMap<>();
        StringBuilder lineXml = new StringBuilder();
        BigDecimal lineTotal = BigDecimal.ZERO.setScale(2);
        for (int i = 1; i <= lines; i++) {
            int rate = RATES[random.nextInt(RATES.length)];
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(20));
            BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(200_000), 2);
            BigDecimal amount = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
            lineTotal = lineTotal.add(amount);
            taxable.merge(rate, amount, BigDecimal::add);
            lineXml.append("""
                      <cac:InvoiceLine>
                        <cbc:ID>%d</cbc:ID>
                        <cbc:InvoicedQuantity unitCode="EA">%s</cbc:InvoicedQuantity>
                        <cbc:LineExtensionAmount currencyID="SEK">%s</cbc:LineExtensionAmount>
                        <cac:Item>
                          <cbc:Name>%s</cbc:Name>
                          <cac:ClassifiedTaxCategory>
                            <cbc:ID>S</cbc:ID>
                            <cbc:Percent>%d</cbc:Percent>
                            <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                          </cac:ClassifiedTaxCategory>
                        </cac:Item>
                        <cac:Price><cbc:PriceAmount currencyID="SEK">%s</cbc:PriceAmount></cac:Price>
                      </cac:InvoiceLine>
                    """.formatted(i, quantity, amount, ITEMS[random.nextInt(ITEMS.length)], rate, price));
        }
        StringBuilder subtotals = new StringBuilder();
        BigDecimal taxTotal = BigDecimal.ZERO.setScale(2);
        for (var e : taxable.entrySet()) {
            BigDecimal tax = e.getValue().multiply(BigDecimal.valueOf(e.getKey())).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            taxTotal = taxTotal.add(tax);
            subtotals.append("""
                        <cac:TaxSubtotal>
                          <cbc:TaxableAmount currencyID="SEK">%s</cbc:TaxableAmount>
                          <cbc:TaxAmount currencyID="SEK">%s</cbc:TaxAmount>
                          <cac:TaxCategory>
                            <cbc:ID>S</cbc:ID>
                            <cbc:Percent>%d</cbc:Percent>
                            <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                          </cac:TaxCategory>
                        </cac:TaxSubtotal>
                    """.formatted(e.getValue(), tax, e.getKey()));
        }
        BigDecimal withVat = lineTotal.add(taxTotal);
        String orgNr = supplier[0];
        String bankgiro = bankgiroOverride != null ? bankgiroOverride : supplier[3];
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
                  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
                  <cbc:ID>%s</cbc:ID>
                  <cbc:IssueDate>%s</cbc:IssueDate>
                  <cbc:DueDate>%s</cbc:DueDate>
                  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
                  <cbc:DocumentCurrencyCode>SEK</cbc:DocumentCurrencyCode>
                  <cbc:BuyerReference>%s</cbc:BuyerReference>
                  <cac:AccountingSupplierParty>
                    <cac:Party>
                      <cbc:EndpointID schemeID="0007">%s</cbc:EndpointID>
                      <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>
                      <cac:PostalAddress>
                        <cbc:StreetName>Storgatan %d</cbc:StreetName>
                        <cbc:CityName>%s</cbc:CityName>
                        <cbc:PostalZone>90326</cbc:PostalZone>
                        <cac:Country><cbc:IdentificationCode>SE</cbc:IdentificationCode></cac:Country>
                      </cac:PostalAddress>
                      <cac:PartyTaxScheme>
                        <cbc:CompanyID>SE%s01</cbc:CompanyID>
                        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                      </cac:PartyTaxScheme>
                      <cac:PartyTaxScheme>
                        <cbc:CompanyID>Godkänd för F-skatt</cbc:CompanyID>
                        <cac:TaxScheme><cbc:ID>TAX</cbc:ID></cac:TaxScheme>
                      </cac:PartyTaxScheme>
                      <cac:PartyLegalEntity>
                        <cbc:RegistrationName>%s</cbc:RegistrationName>
                        <cbc:CompanyID schemeID="0007">%s</cbc:CompanyID>
                      </cac:PartyLegalEntity>
                    </cac:Party>
                  </cac:AccountingSupplierParty>
                  <cac:AccountingCustomerParty>
                    <cac:Party>
                      <cbc:EndpointID schemeID="0007">%s</cbc:EndpointID>
                      <cac:PartyName><cbc:Name>Exempelby kommun</cbc:Name></cac:PartyName>
                      <cac:PostalAddress>
                        <cbc:StreetName>Rådhustorget 1</cbc:StreetName>
                        <cbc:CityName>Exempelby</cbc:CityName>
                        <cbc:PostalZone>90184</cbc:PostalZone>
                        <cac:Country><cbc:IdentificationCode>SE</cbc:IdentificationCode></cac:Country>
                      </cac:PostalAddress>
                      <cac:PartyLegalEntity>
                        <cbc:RegistrationName>Exempelby kommun</cbc:RegistrationName>
                        <cbc:CompanyID schemeID="0007">%s</cbc:CompanyID>
                      </cac:PartyLegalEntity>
                    </cac:Party>
                  </cac:AccountingCustomerParty>
                  <cac:PaymentMeans>
                    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
                    <cbc:PaymentID>%s</cbc:PaymentID>
                    <cac:PayeeFinancialAccount>
                      <cbc:ID>%s</cbc:ID>
                      <cac:FinancialInstitutionBranch><cbc:ID>SE:BANKGIRO</cbc:ID></cac:FinancialInstitutionBranch>
                    </cac:PayeeFinancialAccount>
                  </cac:PaymentMeans>
                  <cac:PaymentTerms><cbc:Note>30 dagar netto</cbc:Note></cac:PaymentTerms>
                  <cac:TaxTotal>
                    <cbc:TaxAmount currencyID="SEK">%s</cbc:TaxAmount>
                %s  </cac:TaxTotal>
                  <cac:LegalMonetaryTotal>
                    <cbc:LineExtensionAmount currencyID="SEK">%s</cbc:LineExtensionAmount>
                    <cbc:TaxExclusiveAmount currencyID="SEK">%s</cbc:TaxExclusiveAmount>
                    <cbc:TaxInclusiveAmount currencyID="SEK">%s</cbc:TaxInclusiveAmount>
                    <cbc:PayableAmount currencyID="SEK">%s</cbc:PayableAmount>
                  </cac:LegalMonetaryTotal>
                %s</Invoice>
                """.formatted(id, issued, issued.plusDays(30), "REF-" + (100 + random.nextInt(20)), orgNr, supplier[1],
                1 + random.nextInt(50), supplier[2], orgNr, supplier[1], orgNr, BUYER, BUYER, id, bankgiro, taxTotal,
                subtotals, lineTotal, lineTotal, withVat, withVat, lineXml);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The bankgiro number the supplier's invoices normally carry. */
    public static String bankgiroOf(int supplier) {
        return SUPPLIERS[supplier][3];
    }

    /** A valid bankgiro number none of the suppliers uses. */
    public static String otherBankgiro() {
        return luhn("9876543");
    }

    /** The body followed by its Luhn check digit (organisation numbers, bankgiro numbers). */
    static String luhn(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}

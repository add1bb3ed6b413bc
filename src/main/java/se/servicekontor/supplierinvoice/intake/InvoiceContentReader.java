package se.servicekontor.supplierinvoice.intake;

import static se.servicekontor.supplierinvoice.intake.Dom.all;
import static se.servicekontor.supplierinvoice.intake.Dom.attribute;
import static se.servicekontor.supplierinvoice.intake.Dom.decimal;
import static se.servicekontor.supplierinvoice.intake.Dom.first;
import static se.servicekontor.supplierinvoice.intake.Dom.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import se.servicekontor.supplierinvoice.intake.InvoiceContent.Line;
import se.servicekontor.supplierinvoice.intake.InvoiceContent.Party;
import se.servicekontor.supplierinvoice.intake.InvoiceContent.PaymentAccount;
import se.servicekontor.supplierinvoice.intake.InvoiceContent.VatBreakdown;

/**
 * Reads a validated UBL 2.1 Invoice/CreditNote or CII D16B document into {@link InvoiceContent}: the
 * header and totals with {@link InvoiceReader} (ph-ubl/ph-cii), the parties, payment accounts, VAT
 * breakdown and lines from the DOM along the EN 16931 syntax bindings. Thread-safe (no state).
 */
public final class InvoiceContentReader {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");

    private InvoiceContentReader() {
    }

    public static InvoiceContent read(Document document) {
        ParsedInvoice header = InvoiceReader.read(document);
        Element root = document.getDocumentElement();
        if (Dom.RSM.equals(root.getNamespaceURI())) {
            return cii(root, header);
        }
        return ubl(root, header);
    }

    /** How many lines the document has, counted without reading them (for the quarantine limit). */
    public static int lineCount(Document document) {
        Element root = document.getDocumentElement();
        if (Dom.RSM.equals(root.getNamespaceURI())) {
            Element transaction = first(root, "rsm:SupplyChainTradeTransaction");
            return transaction == null ? 0 : Dom.count(transaction, "ram:IncludedSupplyChainTradeLineItem");
        }
        return Dom.count(root, "cac:InvoiceLine") + Dom.count(root, "cac:CreditNoteLine");
    }

    // UBL ---------------------------------------------------------------------------------------------

    private static InvoiceContent ubl(Element root, ParsedInvoice header) {
        boolean creditNote = "CreditNote".equals(root.getLocalName());
        List<PaymentAccount> accounts = new ArrayList<>();
        for (Element means : all(root, "cac:PaymentMeans")) {
            Element account = first(means, "cac:PayeeFinancialAccount");
            String id = text(account, "cbc:ID");
            if (id != null) {
                String branch = text(account, "cac:FinancialInstitutionBranch", "cbc:ID");
                accounts.add(account(id, branch, text(means, "cbc:PaymentMeansCode")).withPaymentId(text(means, "cbc:PaymentID")));
            }
        }
        List<VatBreakdown> vat = new ArrayList<>();
        for (Element taxTotal : all(root, "cac:TaxTotal")) {
            String currency = attribute(first(taxTotal, "cbc:TaxAmount"), "currencyID");
            if (currency != null && !currency.equals(header.currency())) {
                continue; // BT-111, the VAT total in accounting currency, has no breakdown
            }
            for (Element subtotal : all(taxTotal, "cac:TaxSubtotal")) {
                vat.add(new VatBreakdown(text(subtotal, "cac:TaxCategory", "cbc:ID"),
                        decimal(subtotal, "cac:TaxCategory", "cbc:Percent"), decimal(subtotal, "cbc:TaxableAmount"),
                        decimal(subtotal, "cbc:TaxAmount"), exemption(text(subtotal, "cac:TaxCategory", "cbc:TaxExemptionReason"),
                        text(subtotal, "cac:TaxCategory", "cbc:TaxExemptionReasonCode"))));
            }
        }
        List<Line> lines = new ArrayList<>();
        String lineName = creditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine";
        String quantityName = creditNote ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity";
        for (Element line : all(root, lineName)) {
            Element quantity = first(line, quantityName);
            lines.add(new Line(text(line, "cbc:ID"), text(line, "cac:Item", "cbc:Name"), text(line, "cac:Item", "cbc:Description"),
                    decimal(Dom.text(quantity)), attribute(quantity, "unitCode"), decimal(line, "cac:Price", "cbc:PriceAmount"),
                    decimal(line, "cbc:LineExtensionAmount"), text(line, "cac:Item", "cac:ClassifiedTaxCategory", "cbc:ID"),
                    decimal(line, "cac:Item", "cac:ClassifiedTaxCategory", "cbc:Percent"), text(line, "cbc:Note")));
        }
        List<String> notes = all(root, "cbc:Note").stream().map(Dom::text).filter(Objects::nonNull).toList();
        List<String> terms = all(root, "cac:PaymentTerms").stream().map(t -> text(t, "cbc:Note")).filter(Objects::nonNull).toList();
        return new InvoiceContent(header, creditNote, text(root, "cbc:CustomizationID"), text(root, "cac:OrderReference", "cbc:ID"),
                ublParty(first(root, "cac:AccountingSupplierParty", "cac:Party")),
                ublParty(first(root, "cac:AccountingCustomerParty", "cac:Party")),
                accounts, terms.isEmpty() ? null : String.join(" ", terms), vat, lines, notes);
    }

    private static Party ublParty(Element party) {
        if (party == null) {
            return null;
        }
        String vatNumber = null;
        String taxRegistration = null;
        for (Element scheme : all(party, "cac:PartyTaxScheme")) {
            String id = text(scheme, "cbc:CompanyID");
            if ("VAT".equalsIgnoreCase(text(scheme, "cac:TaxScheme", "cbc:ID"))) {
                vatNumber = vatNumber == null ? id : vatNumber;
            } else {
                taxRegistration = taxRegistration == null ? id : taxRegistration;
            }
        }
        Element legal = first(party, "cac:PartyLegalEntity");
        Element legalId = first(legal, "cbc:CompanyID");
        Element endpoint = first(party, "cbc:EndpointID");
        Element address = first(party, "cac:PostalAddress");
        String tradingName = text(party, "cac:PartyName", "cbc:Name");
        String registrationName = text(legal, "cbc:RegistrationName");
        return new Party(registrationName != null ? registrationName : tradingName, tradingName, Dom.text(legalId),
                attribute(legalId, "schemeID"), vatNumber, Dom.text(endpoint), attribute(endpoint, "schemeID"),
                text(address, "cbc:StreetName"), text(address, "cbc:AdditionalStreetName"), text(address, "cbc:PostalZone"),
                text(address, "cbc:CityName"), text(address, "cac:Country", "cbc:IdentificationCode"), taxRegistration);
    }

    // CII ---------------------------------------------------------------------------------------------

    private static InvoiceContent cii(Element root, ParsedInvoice header) {
        Element transaction = first(root, "rsm:SupplyChainTradeTransaction");
        Element agreement = first(transaction, "ram:ApplicableHeaderTradeAgreement");
        Element settlement = first(transaction, "ram:ApplicableHeaderTradeSettlement");
        boolean creditNote = header.typeCode() != null && InvoiceContent.CREDIT_NOTE_TYPES.contains(header.typeCode());
        List<PaymentAccount> accounts = new ArrayList<>();
        for (Element means : all(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")) {
            Element account = first(means, "ram:PayeePartyCreditorFinancialAccount");
            String iban = text(account, "ram:IBANID");
            String proprietary = text(account, "ram:ProprietaryID");
            String institution = text(means, "ram:PayeeSpecifiedCreditorFinancialInstitution", "ram:BICID");
            String code = text(means, "ram:TypeCode");
            String reference = text(settlement, "ram:PaymentReference");
            if (iban != null) {
                accounts.add(account(iban, institution, code).withPaymentId(reference));
            }
            if (proprietary != null) {
                accounts.add(account(proprietary, institution, code).withPaymentId(reference));
            }
        }
        List<VatBreakdown> vat = new ArrayList<>();
        for (Element tax : all(settlement, "ram:ApplicableTradeTax")) {
            vat.add(new VatBreakdown(text(tax, "ram:CategoryCode"), decimal(tax, "ram:RateApplicablePercent"),
                    decimal(tax, "ram:BasisAmount"), decimal(tax, "ram:CalculatedAmount"),
                    exemption(text(tax, "ram:ExemptionReason"), text(tax, "ram:ExemptionReasonCode"))));
        }
        List<Line> lines = new ArrayList<>();
        for (Element item : all(transaction, "ram:IncludedSupplyChainTradeLineItem")) {
            Element quantity = first(item, "ram:SpecifiedLineTradeDelivery", "ram:BilledQuantity");
            Element lineSettlement = first(item, "ram:SpecifiedLineTradeSettlement");
            lines.add(new Line(text(item, "ram:AssociatedDocumentLineDocument", "ram:LineID"),
                    text(item, "ram:SpecifiedTradeProduct", "ram:Name"), text(item, "ram:SpecifiedTradeProduct", "ram:Description"),
                    decimal(Dom.text(quantity)), attribute(quantity, "unitCode"),
                    decimal(item, "ram:SpecifiedLineTradeAgreement", "ram:NetPriceProductTradePrice", "ram:ChargeAmount"),
                    decimal(lineSettlement, "ram:SpecifiedTradeSettlementLineMonetarySummation", "ram:LineTotalAmount"),
                    text(lineSettlement, "ram:ApplicableTradeTax", "ram:CategoryCode"),
                    decimal(lineSettlement, "ram:ApplicableTradeTax", "ram:RateApplicablePercent"),
                    text(item, "ram:AssociatedDocumentLineDocument", "ram:IncludedNote", "ram:Content")));
        }
        List<String> notes = all(root, "rsm:ExchangedDocument", "ram:IncludedNote").stream()
                .map(n -> text(n, "ram:Content")).filter(Objects::nonNull).toList();
        List<String> terms = all(settlement, "ram:SpecifiedTradePaymentTerms").stream()
                .map(t -> text(t, "ram:Description")).filter(Objects::nonNull).toList();
        return new InvoiceContent(header, creditNote, text(root, "rsm:ExchangedDocumentContext",
                "ram:GuidelineSpecifiedDocumentContextParameter", "ram:ID"),
                text(agreement, "ram:BuyerOrderReferencedDocument", "ram:IssuerAssignedID"),
                ciiParty(first(agreement, "ram:SellerTradeParty")), ciiParty(first(agreement, "ram:BuyerTradeParty")),
                accounts, terms.isEmpty() ? null : String.join(" ", terms), vat, lines, notes);
    }

    private static Party ciiParty(Element party) {
        if (party == null) {
            return null;
        }
        String vatNumber = null;
        String taxRegistration = null;
        for (Element registration : all(party, "ram:SpecifiedTaxRegistration")) {
            Element id = first(registration, "ram:ID");
            String scheme = attribute(id, "schemeID");
            if ("VA".equalsIgnoreCase(scheme) || "VAT".equalsIgnoreCase(scheme)) {
                vatNumber = vatNumber == null ? Dom.text(id) : vatNumber;
            } else {
                taxRegistration = taxRegistration == null ? Dom.text(id) : taxRegistration;
            }
        }
        Element legal = first(party, "ram:SpecifiedLegalOrganization");
        Element legalId = first(legal, "ram:ID");
        Element endpoint = first(party, "ram:URIUniversalCommunication", "ram:URIID");
        Element address = first(party, "ram:PostalTradeAddress");
        return new Party(text(party, "ram:Name"), text(legal, "ram:TradingBusinessName"), Dom.text(legalId),
                attribute(legalId, "schemeID"), vatNumber, Dom.text(endpoint), attribute(endpoint, "schemeID"),
                text(address, "ram:LineOne"), text(address, "ram:LineTwo"), text(address, "ram:PostcodeCode"),
                text(address, "ram:CityName"), text(address, "ram:CountryID"), taxRegistration);
    }

    // shared ------------------------------------------------------------------------------------------

    /** A payment account: Swedish bankgiro/plusgiro by the Peppol SE convention (SE:BANKGIRO / SE:PLUSGIRO as branch or BIC), IBAN by form. */
    static PaymentAccount account(String id, String institution, String meansCode) {
        String branch = institution == null ? "" : institution.strip().toUpperCase(Locale.ROOT);
        String compact = id.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (branch.equals("SE:BANKGIRO")) {
            return new PaymentAccount(PaymentAccount.Kind.BANKGIRO, id.strip(), null, meansCode);
        }
        if (branch.equals("SE:PLUSGIRO")) {
            return new PaymentAccount(PaymentAccount.Kind.PLUSGIRO, id.strip(), null, meansCode);
        }
        if (IBAN.matcher(compact).matches()) {
            return new PaymentAccount(PaymentAccount.Kind.IBAN, compact, institution, meansCode);
        }
        return new PaymentAccount(PaymentAccount.Kind.OTHER, id.strip(), institution, meansCode);
    }

    private static String exemption(String reason, String code) {
        if (reason == null) {
            return code;
        }
        return code == null ? reason : reason + " (" + code + ")";
    }
}

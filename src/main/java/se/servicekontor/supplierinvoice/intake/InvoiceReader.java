package se.servicekontor.supplierinvoice.intake;

import static se.servicekontor.supplierinvoice.intake.Dom.all;
import static se.servicekontor.supplierinvoice.intake.Dom.attribute;
import static se.servicekontor.supplierinvoice.intake.Dom.decimal;
import static se.servicekontor.supplierinvoice.intake.Dom.first;
import static se.servicekontor.supplierinvoice.intake.Dom.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the header and totals of a validated e-invoice into a {@link ParsedInvoice}, from the DOM the intake's
 * secure parser built and phive validated, along the EN 16931 syntax bindings for UBL 2.1 Invoice/CreditNote
 * and CII D16B. Give it a document after validation passed: the XSD check is not repeated here.
 * <p>
 * It used to unmarshal the whole document again with ph-ubl/ph-cii (JAXB) for these few terms; that cost
 * about 6 % of the validation time per invoice, while the rest of the content was already read from the same
 * DOM ({@link InvoiceContentReader}). InvoiceReaderTests checks every term against every official example.
 * Thread-safe (no state).
 */
final class InvoiceReader {

    private static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    /** UN/CEFACT date format 102. */
    private static final DateTimeFormatter CII_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private InvoiceReader() {
    }

    static ParsedInvoice read(Document document) {
        Element root = document.getDocumentElement();
        String namespace = Objects.requireNonNullElse(root.getNamespaceURI(), "");
        return switch (namespace) {
            case UBL_INVOICE -> ubl(root, text(root, "cbc:InvoiceTypeCode"), ublDate(text(root, "cbc:DueDate")));
            // UBL 2.1 CreditNote has no DueDate; Peppol puts BT-9 in PaymentMeans/PaymentDueDate
            case UBL_CREDIT_NOTE -> ubl(root, text(root, "cbc:CreditNoteTypeCode"), all(root, "cac:PaymentMeans").stream()
                    .map(means -> text(means, "cbc:PaymentDueDate")).filter(Objects::nonNull).findFirst()
                    .map(InvoiceReader::ublDate).orElse(null));
            case CII -> cii(root);
            default -> throw new IllegalArgumentException("Not UBL 2.1 Invoice/CreditNote or CII: " + namespace);
        };
    }

    private static ParsedInvoice ubl(Element root, String typeCode, LocalDate due) {
        String currency = text(root, "cbc:DocumentCurrencyCode");
        String taxCurrency = text(root, "cbc:TaxCurrencyCode");
        Element legalEntity = first(root, "cac:AccountingSupplierParty", "cac:Party", "cac:PartyLegalEntity");
        Element total = first(root, "cac:LegalMonetaryTotal");
        return new ParsedInvoice(typeCode, text(root, "cbc:ID"), ublDate(text(root, "cbc:IssueDate")), due, currency,
                text(root, "cbc:BuyerReference"), text(legalEntity, "cbc:RegistrationName"), text(legalEntity, "cbc:CompanyID"),
                new ParsedInvoice.Totals(decimal(total, "cbc:LineExtensionAmount"), decimal(total, "cbc:AllowanceTotalAmount"),
                        decimal(total, "cbc:ChargeTotalAmount"), decimal(total, "cbc:TaxExclusiveAmount"), ublTax(root, currency),
                        taxCurrency == null || taxCurrency.equals(currency) ? null : ublTax(root, taxCurrency),
                        decimal(total, "cbc:TaxInclusiveAmount"), decimal(total, "cbc:PrepaidAmount"),
                        decimal(total, "cbc:PayableRoundingAmount"), decimal(total, "cbc:PayableAmount")));
    }

    /** BT-110 / BT-111: the TaxTotal whose TaxAmount is in the given currency. */
    private static BigDecimal ublTax(Element root, String currency) {
        for (Element taxTotal : all(root, "cac:TaxTotal")) {
            Element amount = first(taxTotal, "cbc:TaxAmount");
            if (amount != null && Objects.equals(currency, attribute(amount, "currencyID"))) {
                return decimal(Dom.text(amount));
            }
        }
        return null;
    }

    /** xsd:date, possibly with a time zone, which the invoice date does not need. */
    private static LocalDate ublDate(String text) {
        return text == null ? null : LocalDate.parse(text, DateTimeFormatter.ISO_DATE);
    }

    private static ParsedInvoice cii(Element root) {
        Element document = first(root, "rsm:ExchangedDocument");
        Element transaction = first(root, "rsm:SupplyChainTradeTransaction");
        Element agreement = first(transaction, "ram:ApplicableHeaderTradeAgreement");
        Element settlement = first(transaction, "ram:ApplicableHeaderTradeSettlement");
        Element sum = first(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation");
        String currency = text(settlement, "ram:InvoiceCurrencyCode");
        String taxCurrency = text(settlement, "ram:TaxCurrencyCode");
        Element seller = first(agreement, "ram:SellerTradeParty");
        LocalDate due = all(settlement, "ram:SpecifiedTradePaymentTerms").stream()
                .map(terms -> text(terms, "ram:DueDateDateTime", "udt:DateTimeString")).filter(Objects::nonNull).findFirst()
                .map(date -> LocalDate.parse(date, CII_DATE)).orElse(null);
        String issued = text(document, "ram:IssueDateTime", "udt:DateTimeString");
        return new ParsedInvoice(text(document, "ram:TypeCode"), text(document, "ram:ID"),
                issued == null ? null : LocalDate.parse(issued, CII_DATE), due, currency, text(agreement, "ram:BuyerReference"),
                text(seller, "ram:Name"), text(seller, "ram:SpecifiedLegalOrganization", "ram:ID"),
                new ParsedInvoice.Totals(decimal(sum, "ram:LineTotalAmount"), decimal(sum, "ram:AllowanceTotalAmount"),
                        decimal(sum, "ram:ChargeTotalAmount"), decimal(sum, "ram:TaxBasisTotalAmount"),
                        ciiTax(sum, currency, currency),
                        taxCurrency == null || taxCurrency.equals(currency) ? null : ciiTax(sum, taxCurrency, currency),
                        decimal(sum, "ram:GrandTotalAmount"), decimal(sum, "ram:TotalPrepaidAmount"),
                        decimal(sum, "ram:RoundingAmount"), decimal(sum, "ram:DuePayableAmount")));
    }

    /** BT-110/111 in CII: TaxTotalAmount carries currencyID; one without it counts as the invoice currency. */
    private static BigDecimal ciiTax(Element sum, String currency, String invoiceCurrency) {
        for (Element amount : all(sum, "ram:TaxTotalAmount")) {
            String of = Objects.requireNonNullElse(attribute(amount, "currencyID"), invoiceCurrency);
            if (Objects.equals(currency, of)) {
                return decimal(Dom.text(amount));
            }
        }
        return null;
    }
}

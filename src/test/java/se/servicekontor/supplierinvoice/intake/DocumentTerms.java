package se.servicekontor.supplierinvoice.intake;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Business terms read straight from an invoice document with plain XPath, independently of the code under
 * test: what the tests compare the stored invoices with.
 */
public final class DocumentTerms {

    private static final Map<String, String> NAMESPACES = Map.of(
            "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
            "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
            "rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
            "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100");

    private static final Map<String, String> UBL = Map.ofEntries(
            Map.entry("BT-1", "/*/cbc:ID"),
            Map.entry("BT-3", "/*/cbc:InvoiceTypeCode | /*/cbc:CreditNoteTypeCode"),
            Map.entry("BT-5", "/*/cbc:DocumentCurrencyCode"),
            Map.entry("BT-10", "/*/cbc:BuyerReference"),
            Map.entry("BT-27", "/*/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"),
            Map.entry("BT-30", "/*/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID"),
            Map.entry("BT-31", "/*/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID = 'VAT']/cbc:CompanyID"),
            Map.entry("BT-34", "/*/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID"),
            Map.entry("BT-106", "/*/cac:LegalMonetaryTotal/cbc:LineExtensionAmount"),
            Map.entry("BT-107", "/*/cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount"),
            Map.entry("BT-108", "/*/cac:LegalMonetaryTotal/cbc:ChargeTotalAmount"),
            Map.entry("BT-109", "/*/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"),
            Map.entry("BT-110", "/*/cac:TaxTotal/cbc:TaxAmount[@currencyID = /*/cbc:DocumentCurrencyCode]"),
            Map.entry("BT-111", "/*/cac:TaxTotal/cbc:TaxAmount[@currencyID = /*/cbc:TaxCurrencyCode and /*/cbc:TaxCurrencyCode != /*/cbc:DocumentCurrencyCode]"),
            Map.entry("BT-112", "/*/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"),
            Map.entry("BT-113", "/*/cac:LegalMonetaryTotal/cbc:PrepaidAmount"),
            Map.entry("BT-114", "/*/cac:LegalMonetaryTotal/cbc:PayableRoundingAmount"),
            Map.entry("BT-115", "/*/cac:LegalMonetaryTotal/cbc:PayableAmount"));

    private static final String SUM = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/";
    private static final String CURRENCY = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode";
    private static final String TAX_CURRENCY = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode";
    private static final String SELLER = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/";

    private static final Map<String, String> CII = Map.ofEntries(
            Map.entry("BT-1", "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID"),
            Map.entry("BT-3", "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode"),
            Map.entry("BT-5", CURRENCY),
            Map.entry("BT-10", "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerReference"),
            Map.entry("BT-27", SELLER + "ram:Name"),
            Map.entry("BT-30", SELLER + "ram:SpecifiedLegalOrganization/ram:ID"),
            Map.entry("BT-31", SELLER + "ram:SpecifiedTaxRegistration/ram:ID[@schemeID = 'VA' or @schemeID = 'VAT']"),
            Map.entry("BT-34", SELLER + "ram:URIUniversalCommunication/ram:URIID"),
            Map.entry("BT-106", SUM + "ram:LineTotalAmount"),
            Map.entry("BT-107", SUM + "ram:AllowanceTotalAmount"),
            Map.entry("BT-108", SUM + "ram:ChargeTotalAmount"),
            Map.entry("BT-109", SUM + "ram:TaxBasisTotalAmount"),
            Map.entry("BT-110", SUM + "ram:TaxTotalAmount[@currencyID = " + CURRENCY + "]"),
            Map.entry("BT-111", SUM + "ram:TaxTotalAmount[@currencyID = " + TAX_CURRENCY + " and " + TAX_CURRENCY + " != " + CURRENCY + "]"),
            Map.entry("BT-112", SUM + "ram:GrandTotalAmount"),
            Map.entry("BT-113", SUM + "ram:TotalPrepaidAmount"),
            Map.entry("BT-114", SUM + "ram:RoundingAmount"),
            Map.entry("BT-115", SUM + "ram:DuePayableAmount"));

    private final Document document;
    private final boolean cii;

    private DocumentTerms(Document document) {
        this.document = document;
        this.cii = "CrossIndustryInvoice".equals(document.getDocumentElement().getLocalName());
    }

    public static DocumentTerms of(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new DocumentTerms(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The root's local name: Invoice, CreditNote or CrossIndustryInvoice. */
    public String root() {
        return document.getDocumentElement().getLocalName();
    }

    /** A credit note: a UBL CreditNote, or a CII document of type 381 or 396. */
    public boolean creditNote() {
        return root().equals("CreditNote") || (cii && ("381".equals(text("BT-3")) || "396".equals(text("BT-3"))));
    }

    public String text(String term) {
        String expression = (cii ? CII : UBL).get(term);
        if (expression == null) {
            throw new IllegalArgumentException("No XPath for " + term);
        }
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        try {
            Node node = (Node) xpath.evaluate(expression, document, XPathConstants.NODE);
            return node == null ? null : node.getTextContent().strip();
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** BG-23 of a UBL invoice: VAT rate (as written, e.g. "25") → VAT amount, in document order. */
    public java.util.Map<String, BigDecimal> vatPerRate() {
        java.util.Map<String, BigDecimal> rates = new java.util.LinkedHashMap<>();
        org.w3c.dom.NodeList subtotals = document.getElementsByTagNameNS(NAMESPACES.get("cac"), "TaxSubtotal");
        for (int i = 0; i < subtotals.getLength(); i++) {
            org.w3c.dom.Element subtotal = (org.w3c.dom.Element) subtotals.item(i);
            String rate = subtotal.getElementsByTagNameNS(NAMESPACES.get("cbc"), "Percent").item(0).getTextContent().strip();
            String tax = ((org.w3c.dom.Element) subtotal.getElementsByTagNameNS(NAMESPACES.get("cbc"), "TaxAmount").item(0))
                    .getTextContent().strip();
            rates.put(rate, new BigDecimal(tax));
        }
        return rates;
    }

    public BigDecimal amount(String term) {
        String text = text(term);
        return text == null ? null : new BigDecimal(text);
    }
}

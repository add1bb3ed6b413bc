package se.servicekontor.supplierinvoice.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Every full example invoice in ../shared/data read with {@link InvoiceReader} (from the DOM), checked
 * against the same business terms read independently with plain XPath from the document.
 */
class InvoiceReaderTests {

    private static final Path DATA = Path.of("../shared/data");
    private static final Map<String, String> NAMESPACES = Map.of(
            "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
            "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
            "rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
            "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100");

    /** BT → XPath for UBL Invoice and CreditNote (root matched with /*). */
    private static final Map<String, String> UBL = Map.ofEntries(
            Map.entry("BT-1", "/*/cbc:ID"),
            Map.entry("BT-2", "/*/cbc:IssueDate"),
            Map.entry("BT-5", "/*/cbc:DocumentCurrencyCode"),
            Map.entry("BT-9", "/*[local-name() = 'Invoice']/cbc:DueDate | (/*[local-name() = 'CreditNote']/cac:PaymentMeans/cbc:PaymentDueDate)[1]"),
            Map.entry("BT-10", "/*/cbc:BuyerReference"),
            Map.entry("BT-27", "/*/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"),
            Map.entry("BT-30", "/*/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID"),
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
            Map.entry("BT-2", "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/*"),
            Map.entry("BT-5", CURRENCY),
            Map.entry("BT-9", "(/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/*)[1]"),
            Map.entry("BT-10", "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerReference"),
            Map.entry("BT-27", SELLER + "ram:Name"),
            Map.entry("BT-30", SELLER + "ram:SpecifiedLegalOrganization/ram:ID"),
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

    @TestFactory
    Stream<DynamicTest> everyExampleInvoiceReadsTheTotalsTheDocumentStates() {
        return Stream.of("peppol-bis-invoice-3/rules/examples", "peppol-bis-invoice-3/rules/snippets",
                        "en16931/ubl/examples", "en16931/cii/examples", "en16931/test/testfiles")
                .flatMap(folder -> files(DATA.resolve(folder)))
                .map(file -> dynamicTest(DATA.relativize(file).toString(), () -> {
                    Document document = parse(file);
                    ParsedInvoice invoice = InvoiceReader.read(document);
                    boolean cii = "CrossIndustryInvoice".equals(document.getDocumentElement().getLocalName());
                    Function<String, String> bt = term -> text(document, (cii ? CII : UBL).get(term));
                    ParsedInvoice.Totals t = invoice.totals();
                    assertNotNull(t.amountDue(), "BT-115 is mandatory");
                    assertAll(
                            () -> assertEquals(bt.apply("BT-1"), invoice.invoiceNumber(), "BT-1"),
                            () -> assertEquals(date(bt.apply("BT-2"), cii), invoice.issueDate(), "BT-2"),
                            () -> assertEquals(bt.apply("BT-5"), invoice.currency(), "BT-5"),
                            () -> assertEquals(date(bt.apply("BT-9"), cii), invoice.dueDate(), "BT-9"),
                            () -> assertEquals(bt.apply("BT-10"), invoice.buyerReference(), "BT-10"),
                            () -> assertEquals(bt.apply("BT-27"), invoice.sellerName(), "BT-27"),
                            () -> assertEquals(bt.apply("BT-30"), invoice.sellerLegalId(), "BT-30"),
                            () -> assertEquals(amount(bt.apply("BT-106")), t.lineNet(), "BT-106"),
                            () -> assertEquals(amount(bt.apply("BT-107")), t.allowances(), "BT-107"),
                            () -> assertEquals(amount(bt.apply("BT-108")), t.charges(), "BT-108"),
                            () -> assertEquals(amount(bt.apply("BT-109")), t.withoutVat(), "BT-109"),
                            () -> assertEquals(amount(bt.apply("BT-110")), t.vat(), "BT-110"),
                            () -> assertEquals(amount(bt.apply("BT-111")), t.vatInAccountingCurrency(), "BT-111"),
                            () -> assertEquals(amount(bt.apply("BT-112")), t.withVat(), "BT-112"),
                            () -> assertEquals(amount(bt.apply("BT-113")), t.prepaid(), "BT-113"),
                            () -> assertEquals(amount(bt.apply("BT-114")), t.rounding(), "BT-114"),
                            () -> assertEquals(amount(bt.apply("BT-115")), t.amountDue(), "BT-115"));
                }));
    }

    /** Guards against a vacuous comparison: each optional term must be present, and read, in some example. */
    @Test
    void everyTermTheReaderMapsOccursInTheExamples() throws Exception {
        Map<String, Integer> seen = new java.util.TreeMap<>();
        for (Path file : Stream.of("peppol-bis-invoice-3/rules/examples", "peppol-bis-invoice-3/rules/snippets",
                "en16931/ubl/examples", "en16931/cii/examples").flatMap(f -> files(DATA.resolve(f))).toList()) {
            ParsedInvoice i = InvoiceReader.read(parse(file));
            ParsedInvoice.Totals t = i.totals();
            Map<String, Object> terms = new java.util.HashMap<>();
            terms.put("BT-9", i.dueDate());
            terms.put("BT-10", i.buyerReference());
            terms.put("BT-30", i.sellerLegalId());
            terms.put("BT-107", t.allowances());
            terms.put("BT-108", t.charges());
            terms.put("BT-111", t.vatInAccountingCurrency());
            terms.put("BT-113", t.prepaid());
            terms.put("BT-114", t.rounding());
            terms.forEach((term, value) -> seen.merge(term, value == null ? 0 : 1, Integer::sum));
        }
        assertEquals(Set.of(), seen.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet()), "terms never read: " + seen);
    }

    private static Stream<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().equals("SOURCE.txt")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The text of the first node the XPath selects, trimmed; null when it selects nothing. */
    private static String text(Document document, String expression) {
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

    private static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static LocalDate date(String text, boolean cii) {
        return text == null ? null : LocalDate.parse(text, cii ? DateTimeFormatter.BASIC_ISO_DATE : DateTimeFormatter.ISO_LOCAL_DATE);
    }
}

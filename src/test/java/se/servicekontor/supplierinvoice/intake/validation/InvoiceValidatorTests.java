package se.servicekontor.supplierinvoice.intake.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import se.servicekontor.supplierinvoice.intake.validation.RuleFinding.Severity;
import se.servicekontor.supplierinvoice.intake.validation.SecureXml.DocumentRefused;
import se.servicekontor.supplierinvoice.intake.validation.ValidationReport.Outcome;

class InvoiceValidatorTests {

    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final InvoiceValidator validator = new InvoiceValidator();

    @Test
    void ublInvoiceIsValidatedWithThePeppolRules() {
        ValidationReport report = validator.validate(peppol("examples/base-example.xml"));

        assertEquals(InvoiceSyntax.UBL_INVOICE, report.syntax());
        assertEquals(RuleSet.PEPPOL_UBL_INVOICE, report.ruleSet());
        assertEquals(Outcome.VALID, report.outcome(), report.toString());
    }

    @Test
    void ublCreditNoteIsValidatedWithThePeppolCreditNoteRules() {
        ValidationReport report = validator.validate(peppol("examples/base-creditnote-correction.xml"));

        assertEquals(InvoiceSyntax.UBL_CREDIT_NOTE, report.syntax());
        assertEquals(RuleSet.PEPPOL_UBL_CREDIT_NOTE, report.ruleSet());
        assertTrue(report.passed(), report.toString());
    }

    @Test
    void ciiIsValidatedWithTheEn16931Rules() {
        ValidationReport report = validator.validate(SharedData.root().resolve("en16931/cii/examples/CII_example1.xml"));

        assertEquals(InvoiceSyntax.CII, report.syntax());
        assertEquals(RuleSet.EN16931_CII, report.ruleSet());
        assertTrue(report.passed(), report.toString());
    }

    @Test
    void unknownRootElementIsReportedAsUnknownFormat() {
        ValidationReport order = xml("order.xml", "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>");
        ValidationReport noNamespace = xml("invoice.xml", "<Invoice><ID>1</ID></Invoice>");

        assertEquals(Outcome.UNKNOWN_FORMAT, order.outcome());
        assertTrue(order.reason().startsWith("Okänt format"), order.reason());
        assertTrue(order.reason().contains("{urn:oasis:names:specification:ubl:schema:xsd:Order-2}Order"), order.reason());
        assertEquals(Outcome.UNKNOWN_FORMAT, noNamespace.outcome(), "an Invoice outside the UBL namespace is not UBL");
        assertFalse(order.passed());
    }

    @Test
    void missingBuyerReferenceIsFatalWithRuleIdSwedishMessageAndLocation() throws DocumentRefused {
        Document invoice = validator.parse(peppol("examples/base-example.xml"));
        remove(invoice, CBC, "BuyerReference"); // the example has no OrderReference (BT-13)

        ValidationReport report = validator.validate("no-reference.xml", invoice);

        assertEquals(Outcome.INVALID, report.outcome());
        RuleFinding r003 = only(report, "PEPPOL-EN16931-R003");
        assertEquals(Severity.FATAL, r003.severity());
        assertTrue(r003.message().startsWith("Köparens referens (BT-10) eller ordernummer (BT-13) saknas"), r003.message());
        assertEquals("/Invoice", r003.location());
    }

    @Test
    void swedishRuleFiresWithItsSwedishMessageWhereTheFaultIs() {
        // shared/data README: made-up org.nr 1234567890 fails the Luhn check (SE-R-013)
        ValidationReport report = validator.validate(SharedData.root().resolve("en16931/test/testfiles/BIS_Billing_30-Forskott_(ej moms).xml"));

        RuleFinding se013 = only(report, "SE-R-013");
        assertEquals(Severity.FATAL, se013.severity());
        assertTrue(se013.message().contains("organisationsnummer"), se013.message());
        assertEquals("/Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity", se013.location());
    }

    @Test
    void ruleWithoutSwedishTextKeepsItsEnglishTextWithoutTheIdPrefix() throws DocumentRefused {
        // A CEN example (BT-24 plain EN 16931): intake would use the CEN rules; the Dutch Peppol rule needs Peppol's.
        Path file = SharedData.root().resolve("en16931/ubl/examples/ubl-tc434-example1.xml");
        ValidationReport report = validator.validate(file.toString(), validator.parse(file), RuleSet.PEPPOL_UBL_INVOICE, InvoiceValidator.Layers.ALL);

        RuleFinding nl = report.findings().stream().filter(f -> f.ruleId().equals("NL-R-003")).findFirst().orElseThrow();
        assertTrue(nl.message().startsWith("For suppliers in the Netherlands"), nl.message());
    }

    @Test
    void warningsAreKeptButDoNotBlock() throws DocumentRefused {
        Document invoice = validator.parse(peppol("examples/base-example.xml"));
        // UBL-CR-679 (CEN): "A UBL invoice should not include the ClassifiedTaxCategory/ID schemeID" - a warning
        Element taxCategory = (Element) invoice.getElementsByTagNameNS("*", "ClassifiedTaxCategory").item(0);
        ((Element) taxCategory.getElementsByTagNameNS(CBC, "ID").item(0)).setAttribute("schemeID", "UNCL5305");

        ValidationReport report = validator.validate("warning.xml", invoice);

        assertEquals(Outcome.VALID, report.outcome(), report.toString());
        assertEquals(Severity.WARNING, only(report, "UBL-CR-679").severity());
        assertEquals(List.of(), report.fatal());
    }

    @Test
    void schemaErrorBlocksAndSaysTheBusinessRulesWereNotChecked() throws DocumentRefused {
        Document invoice = validator.parse(peppol("examples/base-example.xml"));
        Element root = invoice.getDocumentElement();
        root.insertBefore(invoice.createElementNS(CBC, "cbc:NoSuchElement"), root.getFirstChild());

        ValidationReport report = validator.validate("schema-error.xml", invoice);

        assertEquals(Outcome.INVALID, report.outcome());
        assertTrue(report.findings().stream().allMatch(f -> f.ruleId().equals("XSD") && f.fatal()), report.toString());
        assertTrue(report.findings().get(0).message().contains("NoSuchElement"), report.toString());
        assertNotNull(report.reason());
    }

    @Test
    void schemaErrorSaysWhereInTheDocumentItIs() throws DocumentRefused {
        Document invoice = validator.parse(peppol("examples/base-example.xml"));
        Element secondLine = (Element) invoice.getElementsByTagNameNS(CAC, "InvoiceLine").item(1);
        secondLine.insertBefore(invoice.createElementNS(CBC, "cbc:NoSuchElement"), secondLine.getFirstChild());

        ValidationReport report = validator.validate("schema-error-in-line.xml", invoice);

        RuleFinding error = report.findings().stream().filter(f -> f.message().contains("NoSuchElement")).findFirst()
                .orElseThrow(() -> new AssertionError(report.toString()));
        assertEquals("XSD", error.ruleId());
        assertEquals("/Invoice/cac:InvoiceLine[2]/cbc:NoSuchElement", error.location());
    }

    @Test
    void twoThreadsGetTheSameFindingsAsOne() throws Exception {
        List<Path> files = new ArrayList<>(SharedData.filesIn("peppol-bis-invoice-3/rules/examples"));
        files.addAll(SharedData.filesIn("en16931/test/testfiles")); // these fire rules, so there is something to compare
        List<List<RuleFinding>> expected = files.stream().map(f -> validator.validate(f).findings()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<RuleFinding>>> results = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path file : files) {
                    results.add(pool.submit(() -> validator.validate(file).findings()));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % files.size()), results.get(i).get(), files.get(i % files.size()).toString());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void warmUpPreparesTheIntakeRuleSetsWithoutAnInvoice() {
        new InvoiceValidator().warmUp(); // compiles and caches; must not throw on the empty documents it uses
        assertTrue(validator.validate(peppol("examples/base-example.xml")).passed());
    }

    private static ValidationReport xml(String name, String xml) {
        return validator.validate(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Path peppol(String file) {
        return SharedData.root().resolve("peppol-bis-invoice-3/rules").resolve(file);
    }

    private static RuleFinding only(ValidationReport report, String ruleId) {
        List<RuleFinding> found = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), ruleId + " in " + report.findings());
        return found.get(0);
    }

    private static void remove(Document document, String namespace, String localName) {
        Node node = document.getElementsByTagNameNS(namespace, localName).item(0);
        assertNotNull(node, localName);
        node.getParentNode().removeChild(node);
    }
}

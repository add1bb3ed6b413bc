package se.servicekontor.supplierinvoice.intake.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Issue 18 item 2: a finding shows the value it points at and whose it is. Input: the EN 16931 example
 * ubl-tc434-example1.xml, whose seller (De Koksmaat) has legal id 57151520 and buyer (ODIN 59) 10202 as party id.
 */
class FindingValueTests {

    private static final String CAC = "[namespace-uri()='urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2']";
    private static final String CBC = "[namespace-uri()='urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2']";
    private static final String ROOT = "/*:Invoice[namespace-uri()='urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'][1]";

    @Test
    void theSellersLegalIdIsReadFromTheLocationAndSaidToBeTheSuppliers() throws Exception {
        Element root = example();
        String location = ROOT + "/*:AccountingSupplierParty" + CAC + "[1]/*:Party" + CAC + "[1]/*:PartyLegalEntity" + CAC
                + "[1]/*:CompanyID" + CBC + "[1]";
        assertThat(FindingValue.valueAt(location, root)).isEqualTo("57151520");
        assertThat(FindingValue.describe("Kontrollsiffran är fel.", location, root))
                .isEqualTo("Kontrollsiffran är fel. Säljarens (leverantörens) värde i filen: «57151520».");
    }

    @Test
    void theBuyersDataIsSaidToBeTheMunicipalitysOwn() throws Exception {
        Element root = example();
        String location = ROOT + "/*:AccountingCustomerParty" + CAC + "[1]/*:Party" + CAC + "[1]/*:PartyLegalEntity" + CAC
                + "[1]/*:RegistrationName" + CBC + "[1]";
        assertThat(FindingValue.describe("Fel.", location, root)).isEqualTo("Fel. Köparens (kommunens egna) värde i filen: «ODIN 59».");
    }

    @Test
    void anElementWithChildrenOrAPathThatDoesNotLeadAnywhereAddsNoValue() throws Exception {
        Element root = example();
        assertThat(FindingValue.valueAt(ROOT + "/*:AccountingSupplierParty" + CAC + "[1]", root)).isNull();
        assertThat(FindingValue.valueAt(ROOT + "/*:Nothing" + CAC + "[1]", root)).isNull();
        assertThat(FindingValue.describe("Fel.", ROOT, root)).isEqualTo("Fel.");
        assertThat(FindingValue.valueAt(ROOT + "/*:DueDate" + CBC + "[1]", root)).isEqualTo("2015-01-09");
    }

    private static Element example() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("../shared/data/en16931/ubl/examples/ubl-tc434-example1.xml"));
        return new SecureXml(10_000_000).parse(bytes).getDocumentElement();
    }
}

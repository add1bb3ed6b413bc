package se.servicekontor.payroll.salarypayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import se.servicekontor.payroll.EmployerProperties;
import se.servicekontor.platform.documents.Pain001;
import se.servicekontor.shared.Amount;

class SalaryPaymentOrderTests {

    static final Path XSD = Path.of("../shared/data/iso20022/pain.001.001.03.xsd");
    static final EmployerProperties EMPLOYER = new EmployerProperties("Exempelby kommun", "2120001231", "Lönecenter", "0123", "lon@example.se",
            "SE4550000000058398257466", "ESSESESS");

    static final List<SalaryPaymentOrder.Payee> PAYEES = List.of(
            new SalaryPaymentOrder.Payee(11, "Anna Andersson", amount("27412.00"), "5000", "1234567"),
            new SalaryPaymentOrder.Payee(12, "Bertil Berg", amount("0.00"), "5000", "7654321"),
            new SalaryPaymentOrder.Payee(13, "Cecilia Ceder", amount("31207.50"), "8327-9", "912 345 678-9"),
            new SalaryPaymentOrder.Payee(14, "David Dahl", amount("-1200.00"), null, null));

    @Test
    void oneSalaTransferPerEmployeeWithNetAboveZeroValidAgainstTheSchema() throws Exception {
        Pain001.Order order = SalaryPaymentOrder.order(42, YearMonth.of(2026, 11), LocalDate.of(2026, 11, 25),
                Instant.parse("2026-11-20T09:00:00Z"), EMPLOYER, PAYEES);
        byte[] xml = Pain001.write(order);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(XSD.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        Document doc = parse(xml);
        // 27 412,00 + 31 207,50 = 58 619,50; Bertil (0) and David (negative net, no account) are not paid
        assertThat(text(doc, "CtrlSum")).isEqualTo("58619.50");
        assertThat(text(doc, "NbOfTxs")).isEqualTo("2");
        assertThat(text(doc, "Cd", "CtgyPurp")).isEqualTo("SALA");
        assertThat(text(doc, "ReqdExctnDt")).isEqualTo("2026-11-25");
        assertThat(texts(doc, "EndToEndId")).containsExactly("LON42-11", "LON42-13");
        assertThat(texts(doc, "MmbId")).contains("5000", "83279");
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("9123456789").doesNotContain("7654321");
        assertThat(order.messageId()).isEqualTo("LON-202611-R42");
    }

    @Test
    void aPaydayThatIsNotABankDayIsPaidTheBankDayBefore() {
        assertThat(SalaryPaymentOrder.executionDate(LocalDate.of(2026, 4, 25))).isEqualTo(LocalDate.of(2026, 4, 24)); // Saturday → Friday
        assertThat(SalaryPaymentOrder.executionDate(LocalDate.of(2026, 12, 25))) // juldagen (Fri), julafton closed → Wednesday 23rd
                .isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(SalaryPaymentOrder.executionDate(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theSameRunGivesTheSameBytes() {
        Pain001.Order order = SalaryPaymentOrder.order(42, YearMonth.of(2026, 11), LocalDate.of(2026, 11, 25),
                Instant.parse("2026-11-20T09:00:00Z"), EMPLOYER, PAYEES);
        assertThat(Pain001.write(order)).isEqualTo(Pain001.write(SalaryPaymentOrder.order(42, YearMonth.of(2026, 11),
                LocalDate.of(2026, 11, 25), Instant.parse("2026-11-20T09:00:00Z"), EMPLOYER, PAYEES)));
    }

    @Test
    void anEmployeeToPayWithoutAnAccountStopsTheFileWithTheirName() {
        assertThatThrownBy(() -> SalaryPaymentOrder.order(42, YearMonth.of(2026, 11), LocalDate.of(2026, 11, 25), Instant.EPOCH, EMPLOYER,
                List.of(new SalaryPaymentOrder.Payee(15, "Eva Ek", amount("100.00"), null, null))))
                .hasMessageContaining("saknar bankkonto").hasMessageContaining("Eva Ek (15)");
    }

    @Test
    void theRunsReleaserMayNotReleaseTheFileAnotherOfficerMayOnce() {
        SalaryPayment produced = new SalaryPayment(42, "2026-11", 1, "LON-202611-R42", LocalDate.of(2026, 11, 25), 2, amount("58619.50"),
                SalaryPayment.Status.PRODUCED, "lon2", null, null, 0);
        assertThatThrownBy(() -> produced.release(" LON2 ", Instant.EPOCH)).hasMessageContaining("fyraögonsprincipen");
        SalaryPayment released = produced.release("lon1", Instant.EPOCH);
        assertThat(released.status()).isEqualTo(SalaryPayment.Status.RELEASED);
        assertThatThrownBy(() -> released.release("lon3", Instant.EPOCH)).hasMessageContaining("redan frisläppt");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(Document doc, String element) {
        return doc.getElementsByTagNameNS(Pain001.NAMESPACE, element).item(0).getTextContent();
    }

    static String text(Document doc, String element, String parent) {
        var nodes = doc.getElementsByTagNameNS(Pain001.NAMESPACE, element);
        for (int i = 0; i < nodes.getLength(); i++)
            if (nodes.item(i).getParentNode().getLocalName().equals(parent))
                return nodes.item(i).getTextContent();
        return null;
    }

    static List<String> texts(Document doc, String element) {
        var nodes = doc.getElementsByTagNameNS(Pain001.NAMESPACE, element);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    static Amount amount(String value) {
        return new Amount(new BigDecimal(value));
    }
}

package se.servicekontor.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import se.servicekontor.platform.documents.Pain001.Bankgiro;
import se.servicekontor.platform.documents.Pain001.Debtor;
import se.servicekontor.platform.documents.Pain001.Iban;
import se.servicekontor.platform.documents.Pain001.Order;
import se.servicekontor.platform.documents.Pain001.Payment;
import se.servicekontor.platform.documents.Pain001.Plusgiro;
import se.servicekontor.platform.documents.Pain001.Remittance;
import se.servicekontor.platform.documents.Pain001.SwedishAccount;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankgiroNumber;
import se.servicekontor.shared.PlusgiroNumber;

class Pain001Tests {

    static final Path XSD = Path.of("../shared/data/iso20022/pain.001.001.03.xsd");
    static final Debtor KOMMUN = new Debtor("Exempels kommun", "212000-0000", "SE4550000000058398257466", "ESSESESS");
    static final LocalDate MON = LocalDate.of(2026, 12, 14);
    static final LocalDate TUE = LocalDate.of(2026, 12, 15);

    static Order order() {
        return new Order("SK-PAY-42", LocalDateTime.of(2026, 12, 11, 14, 30, 5), "SUPP", KOMMUN, List.of(
                new Payment("SK-INV-1001", TUE, Amount.ofKronor("12500.00"), "Kontorsbolaget AB",
                        new Bankgiro(BankgiroNumber.parse("5050-1055")), Remittance.ocr("4000123456789")),
                new Payment("SK-INV-1002", MON, Amount.ofKronor("3400.50"), "Åkeri & Söner <HB>",
                        new Plusgiro(PlusgiroNumber.parse("90 20 03-3")), Remittance.text("Faktura 1177")),
                new Payment("SK-INV-1003", TUE, Amount.ofKronor("999.99"), "Städ i Väst AB",
                        new SwedishAccount("8327", "9355436"), Remittance.text("Faktura 88-A")),
                new Payment("SK-INV-1004", TUE, Amount.ofKronor("100.01"), "Nordic Supplies Oy",
                        new Iban("FI2112345600000785", "NDEAFIHH"), Remittance.text("INV 2026-77"))));
    }

    @Test
    void theFileIsValidAgainstTheIso20022Schema() throws Exception {
        validate(Pain001.write(order()));
    }

    @Test
    void theGroupHeaderCountsAndSumsTheTransactions() throws Exception {
        Element doc = parse(Pain001.write(order()));
        Element header = first(doc, "GrpHdr");
        assertThat(text(header, "MsgId")).isEqualTo("SK-PAY-42");
        assertThat(text(header, "CreDtTm")).isEqualTo("2026-12-11T14:30:05");
        assertThat(text(header, "NbOfTxs")).isEqualTo("4");
        // 12500.00 + 3400.50 + 999.99 + 100.01 = 17000.50
        assertThat(text(header, "CtrlSum")).isEqualTo("17000.50");
    }

    @Test
    void oneBlockPerExecutionDateInDateOrderEachWithItsOwnCountAndSum() throws Exception {
        Element doc = parse(Pain001.write(order()));
        List<Element> blocks = all(doc, "PmtInf");
        assertThat(blocks).hasSize(2);
        assertThat(text(blocks.get(0), "PmtInfId")).isEqualTo("SK-PAY-42-20261214");
        assertThat(text(blocks.get(0), "ReqdExctnDt")).isEqualTo("2026-12-14");
        assertThat(text(blocks.get(0), "NbOfTxs")).isEqualTo("1");
        assertThat(text(blocks.get(0), "CtrlSum")).isEqualTo("3400.50");
        assertThat(text(blocks.get(1), "ReqdExctnDt")).isEqualTo("2026-12-15");
        assertThat(text(blocks.get(1), "NbOfTxs")).isEqualTo("3");
        // 12500.00 + 999.99 + 100.01 = 13600.00
        assertThat(text(blocks.get(1), "CtrlSum")).isEqualTo("13600.00");
        assertThat(text(blocks.get(1), "Cd")).isEqualTo("SUPP");
        assertThat(text(first(blocks.get(1), "DbtrAcct"), "IBAN")).isEqualTo("SE4550000000058398257466");
        assertThat(text(first(blocks.get(1), "DbtrAgt"), "BIC")).isEqualTo("ESSESESS");
        assertThat(text(first(first(blocks.get(1), "Dbtr"), "Othr"), "Id")).isEqualTo("2120000000");
    }

    @Test
    void everyTransactionCarriesItsAccountAmountAndRemittanceAsGiven() throws Exception {
        Element doc = parse(Pain001.write(order()));
        List<Element> tx = all(doc, "CdtTrfTxInf");
        assertThat(tx).extracting(t -> text(t, "EndToEndId"))
                .containsExactly("SK-INV-1002", "SK-INV-1001", "SK-INV-1003", "SK-INV-1004");

        Element pg = tx.get(0);
        assertThat(text(pg, "InstdAmt")).isEqualTo("3400.50");
        assertThat(first(pg, "InstdAmt").getAttribute("Ccy")).isEqualTo("SEK");
        assertThat(text(first(pg, "Cdtr"), "Nm")).isEqualTo("Åkeri & Söner <HB>");
        assertThat(text(first(pg, "CdtrAgt"), "MmbId")).isEqualTo("9960");
        assertThat(text(first(pg, "Othr"), "Id")).isEqualTo("9020033");
        assertThat(text(first(pg, "CdtrAcct"), "Cd")).isEqualTo("BBAN");
        assertThat(text(pg, "Ustrd")).isEqualTo("Faktura 1177");

        Element bg = tx.get(1);
        assertThat(text(first(bg, "CdtrAgt"), "MmbId")).isEqualTo("9900");
        assertThat(text(first(bg, "Othr"), "Id")).isEqualTo("50501055");
        assertThat(text(first(bg, "CdtrAcct"), "Prtry")).isEqualTo("BGNR");
        assertThat(text(first(bg, "CdtrRefInf"), "Cd")).isEqualTo("SCOR");
        assertThat(text(first(bg, "CdtrRefInf"), "Ref")).isEqualTo("4000123456789");
        assertThat(first(bg, "Ustrd")).isNull();

        Element bban = tx.get(2);
        assertThat(text(first(bban, "ClrSysId"), "Cd")).isEqualTo("SESBA");
        assertThat(text(first(bban, "CdtrAgt"), "MmbId")).isEqualTo("8327");
        assertThat(text(first(bban, "Othr"), "Id")).isEqualTo("9355436");

        Element iban = tx.get(3);
        assertThat(text(first(iban, "CdtrAcct"), "IBAN")).isEqualTo("FI2112345600000785");
        assertThat(text(first(iban, "CdtrAgt"), "BIC")).isEqualTo("NDEAFIHH");
        assertThat(first(iban, "ClrSysMmbId")).isNull();
    }

    @Test
    void theSameOrderWritesTheSameBytes() {
        assertThat(Pain001.write(order())).isEqualTo(Pain001.write(order()));
    }

    @Test
    void aSalaryFileIsTheSameWriterWithAnotherCategoryPurpose() throws Exception {
        Order sala = new Order("SK-SAL-2026-12", LocalDateTime.of(2026, 12, 20, 8, 0), "SALA", KOMMUN, List.of(
                new Payment("SAL-E17", LocalDate.of(2026, 12, 23), Amount.ofKronor("28450.00"), "Anna Andersson",
                        new SwedishAccount("8327", "9355436"), Remittance.text("Lön december"))));
        byte[] file = Pain001.write(sala);
        validate(file);
        assertThat(text(parse(file), "Cd")).isEqualTo("SALA");
    }

    @Test
    void aLargeFileStaysValid() throws Exception {
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            payments.add(new Payment("E" + i, MON.plusDays(i % 3), Amount.ofOre(100 + i), "Lev " + i,
                    new Bankgiro(BankgiroNumber.parse("5050-1055")), Remittance.ocr(String.valueOf(1000 + i))));
        }
        byte[] file = Pain001.write(new Order("BIG", LocalDateTime.of(2026, 12, 11, 0, 0), "SUPP", KOMMUN, payments));
        validate(file);
        // sum of (100 + i) öre for i = 0..1999 = 2000*100 + 1999*2000/2 = 200000 + 1999000 = 2199000 öre
        assertThat(text(first(parse(file), "GrpHdr"), "CtrlSum")).isEqualTo("21990.00");
    }

    @Test
    void refusesWhatABankWouldRefuse() {
        assertThatThrownBy(() -> new Payment("X", MON, Amount.ZERO, "A", new Bankgiro(BankgiroNumber.parse("5050-1055")),
                Remittance.text("t"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Payment("ett id som är för långt för fältet 1234567890", MON, Amount.ofOre(1), "A",
                new Bankgiro(BankgiroNumber.parse("5050-1055")), Remittance.text("t")))
                .isInstanceOf(IllegalArgumentException.class);
        Payment p = order().payments().get(0);
        assertThatThrownBy(() -> new Order("M", LocalDateTime.now(), "SUPP", KOMMUN, List.of(p, p)))
                .hasMessageContaining("EndToEndId repeats");
    }

    static void validate(byte[] file) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(XSD.toFile()).newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
    }

    static Element parse(byte[] file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(file)).getDocumentElement();
    }

    static Element first(Element from, String name) {
        List<Element> found = all(from, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> all(Element from, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = from.getElementsByTagNameNS(Pain001.NAMESPACE, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static String text(Element from, String name) {
        Node n = first(from, name);
        return n == null ? null : n.getTextContent();
    }
}

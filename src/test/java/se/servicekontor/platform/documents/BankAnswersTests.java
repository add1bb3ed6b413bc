package se.servicekontor.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.platform.documents.BankAnswers.BankAnswer;
import se.servicekontor.platform.documents.BankAnswers.BankFileRefused;
import se.servicekontor.platform.documents.BankAnswers.Item;
import se.servicekontor.platform.documents.BankAnswers.Kind;
import se.servicekontor.platform.documents.BankAnswers.Status;

class BankAnswersTests {

    static final Path ISO = Path.of("../shared/data/iso20022");
    static final Path SAMPLES = ISO.resolve("samples");

    static byte[] sample(String folder, String prefix) throws Exception {
        try (var files = Files.list(SAMPLES.resolve(folder))) {
            return Files.readAllBytes(files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    @Test
    void theFinnishCamt054SampleGivesItsDebitsAsPaidAndItsReturnsAsRejected() throws Exception {
        BankAnswer answer = BankAnswers.readStrict(sample("camt054", "FI_"), ISO);
        assertThat(answer.kind()).isEqualTo(Kind.CAMT054);
        assertThat(answer.messageId()).isEqualTo("BANKFILEID219073");
        assertThat(answer.account()).isEqualTo("FI7433010001222090");
        // Entry 4: a DBIT batch of three domestic transfers, no end-to-end ids: paid, to be matched by hand.
        List<Item> entry4 = answer.items().stream().filter(i -> "MSGSCT0100".equals(i.originalMessageId())).toList();
        assertThat(entry4).extracting(Item::amount).extracting(Object::toString).containsExactly("2000.02", "1000.01", "1230.02");
        assertThat(entry4).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(Status.PAID);
            assertThat(i.endToEndId()).isNull();
            assertThat(i.bookingDate()).isEqualTo(LocalDate.of(2009, 10, 29));
        });
        assertThat(entry4.get(0).bankReference()).isEqualTo("091029ARCH03001");
        // Entry 5: international payments with end-to-end ids.
        Item usd = answer.items().stream().filter(i -> "ISSRBKREF12345678".equals(i.endToEndId())).findFirst().orElseThrow();
        assertThat(usd.status()).isEqualTo(Status.PAID);
        assertThat(usd.amount()).isEqualByComparingTo("500.00");
        assertThat(usd.currency()).isEqualTo("EUR");
        assertThat(usd.bookingDate()).isEqualTo(LocalDate.of(2009, 10, 30));
        // Entry 6: returned, reason AC01 with the bank's own text.
        Item returned = answer.items().stream().filter(i -> "D091029N987654321S288".equals(i.bankReference())).findFirst().orElseThrow();
        assertThat(returned.status()).isEqualTo(Status.REJECTED);
        assertThat(returned.reasonCode()).isEqualTo("AC01");
        assertThat(returned.reason()).isEqualTo("Mottagarens kontonummer är fel (AC01): 1+TILIÄ EI LÖYDY");
        // Credits are reported, not applied.
        assertThat(answer.items()).filteredOn(i -> i.status() == Status.OTHER).extracting(i -> i.amount().toPlainString())
                .contains("1900.00", "100.00", "400.00");
    }

    @Test
    void theSwissCamt054SampleIsReadByItsElementNames() throws Exception {
        BankAnswer answer = BankAnswers.read(sample("camt054", "200519"));
        assertThat(answer.account()).isEqualTo("CH5109000000250092291");
        assertThat(answer.originalMessageId()).isEqualTo("MsgId-001");
        assertThat(answer.items()).hasSize(3);
        assertThat(answer.items().subList(0, 3)).extracting(Item::endToEndId)
                .containsExactly("EndToEndId-001-02-01", "EndToEndId-001-02-02", "EndToEndId-001-02-03");
        // 200.00 + 250.00 + 300.00 = 750.00, the entry's amount
        assertThat(answer.items().subList(0, 3)).extracting(i -> i.amount().toPlainString()).containsExactly("200.00", "250.00", "300.00");
        assertThat(answer.items().get(0).status()).isEqualTo(Status.PAID);
        assertThat(answer.items().get(0).bookingDate()).isEqualTo(LocalDate.of(2019, 5, 20));
    }

    @Test
    void theSwissPain002SamplesGiveAnAcceptedGroupAndARejectedPayment() throws Exception {
        BankAnswer accepted = BankAnswers.read(sample("pain002", "pain002-epo_p_0_0_0"));
        assertThat(accepted.kind()).isEqualTo(Kind.PAIN002);
        assertThat(accepted.originalMessageId()).isEqualTo("MsgId-001");
        assertThat(accepted.items()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(Status.ACCEPTED));

        BankAnswer rejected = BankAnswers.read(sample("pain002", "pain002-epo_p_ch"));
        assertThat(rejected.items()).singleElement().satisfies(i -> {
            assertThat(i.endToEndId()).isEqualTo("EndToEndId-001-03-04");
            assertThat(i.status()).isEqualTo(Status.REJECTED);
            assertThat(i.reason()).isEqualTo("Mottagarens kontonummer är fel (AC01): 1301813;Konto ungültig");
        });
    }

    @Test
    void anIsoPain002OfOurOwnIsSchemaValidAndRead() throws Exception {
        BankAnswer answer = BankAnswers.readStrict(ownPain002().getBytes(StandardCharsets.UTF_8), ISO);
        assertThat(answer.originalMessageId()).isEqualTo("SK-PAY-42");
        assertThat(answer.items()).extracting(Item::endToEndId, Item::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SK-INV-1001", Status.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("SK-INV-1002", Status.REJECTED));
        assertThat(answer.items().get(1).reason()).isEqualTo("Mottagarens konto är avslutat (AC04)");
    }

    @Test
    void aNationalVariantIsRefusedByTheStrictImportWithWhatToAskFor() {
        assertThatThrownBy(() -> BankAnswers.readStrict(sample("pain002", "pain002-epo_p_ch"), ISO))
                .isInstanceOf(BankFileRefused.class).hasMessageContaining("Be banken om ISO 20022-versionen");
    }

    @Test
    void aSchemaInvalidFileIsRefusedWithTheLine() {
        String invalid = ownPain002().replace("<TxSts>RJCT</TxSts>", "<TxSts>NOPE</TxSts>");
        assertThatThrownBy(() -> BankAnswers.readStrict(invalid.getBytes(StandardCharsets.UTF_8), ISO))
                .isInstanceOf(BankFileRefused.class).hasMessageContaining("följer inte schemat pain.002.001.03.xsd");
    }

    @Test
    void hostileOrBrokenFilesAreRefusedBeforeAnythingIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"" + BankAnswers.PAIN002 + "\">&x;</Document>";
        assertThatThrownBy(() -> BankAnswers.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BankFileRefused.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> BankAnswers.read("Datum;Belopp\n2026-12-14;100".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BankFileRefused.class).hasMessageContaining("inte XML");
        assertThatThrownBy(() -> BankAnswers.read(new byte[0])).hasMessage("Filen är tom.");
        assertThatThrownBy(() -> BankAnswers.read("<Invoice xmlns=\"urn:x\"><a/></Invoice>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("varken ett bankbesked camt.054 eller en statusrapport pain.002");
    }

    static String ownPain002() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
                  <CstmrPmtStsRpt>
                    <GrpHdr><MsgId>BANK-STS-1</MsgId><CreDtTm>2026-12-14T07:00:00</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts><OrgnlMsgId>SK-PAY-42</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.03</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts>
                      <OrgnlPmtInfId>SK-PAY-42-20261215</OrgnlPmtInfId>
                      <TxInfAndSts><OrgnlEndToEndId>SK-INV-1001</OrgnlEndToEndId><TxSts>ACCP</TxSts></TxInfAndSts>
                      <TxInfAndSts><OrgnlEndToEndId>SK-INV-1002</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts>
                    </OrgnlPmtInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>
                """;
    }
}

package se.servicekontor.platform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import se.servicekontor.platform.documents.Pain001;
import se.servicekontor.platform.documents.Pain001.Bankgiro;
import se.servicekontor.platform.documents.Pain001.Debtor;
import se.servicekontor.platform.documents.Pain001.Order;
import se.servicekontor.platform.documents.Pain001.Payment;
import se.servicekontor.platform.documents.Pain001.Remittance;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankgiroNumber;

/**
 * Benchmark, not a test (excluded from the build; runs only with {@code -Dbench=true}):
 * <pre>./mvnw -o -B test -Dtest=Pain001Benchmark -Dbench=true [-Dbench.payments=20000]</pre>
 * Writes the same 20 000 bankgiro payments with {@link Pain001} and with a bare StAX writer (same
 * elements, no checks, no indentation) and prints both times and their ratio. Issue 13 asks the whole
 * proposal + release against the bare writer ≤ 1.5; this is the writer's share of it.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class Pain001Benchmark {

    static final int PAYMENTS = Integer.getInteger("bench.payments", 20_000);
    static final LocalDate DAY = LocalDate.of(2026, 12, 15);

    @Test
    void writerAgainstBareStax() throws Exception {
        BankgiroNumber bg = BankgiroNumber.parse("5050-1055");
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            payments.add(new Payment("SK-INV-" + i, DAY, Amount.ofOre(10_000 + i), "Leverantör " + i, new Bankgiro(bg),
                    Remittance.ocr(String.valueOf(1_000_000 + i))));
        }
        Order order = new Order("SK-PAY-BENCH", LocalDateTime.of(2026, 12, 14, 10, 0), "SUPP",
                new Debtor("Exempels kommun", "212000-0000", "SE4550000000058398257466", "ESSESESS"), payments);
        long ours = Long.MAX_VALUE, bare = Long.MAX_VALUE;
        int size = 0;
        for (int round = 0; round < 15; round++) {
            long t0 = System.nanoTime();
            size = Pain001.write(order).length;
            long t1 = System.nanoTime();
            byte[] plain = bare(order);
            long t2 = System.nanoTime();
            ours = Math.min(ours, t1 - t0);
            bare = Math.min(bare, t2 - t1);
            assertThat(plain.length).isPositive();
        }
        System.out.printf("pain.001 of %d payments (%d bytes): Pain001 %.1f ms, bare StAX %.1f ms, ratio %.2f%n",
                PAYMENTS, size, ours / 1e6, bare / 1e6, (double) ours / bare);
    }

    static byte[] bare(Order order) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("Document");
        x.writeDefaultNamespace(Pain001.NAMESPACE);
        x.writeStartElement("CstmrCdtTrfInitn");
        x.writeStartElement("PmtInf");
        for (Payment p : order.payments()) {
            x.writeStartElement("CdtTrfTxInf");
            x.writeStartElement("PmtId");
            el(x, "InstrId", p.endToEndId());
            el(x, "EndToEndId", p.endToEndId());
            x.writeEndElement();
            x.writeStartElement("Amt");
            x.writeStartElement("InstdAmt");
            x.writeAttribute("Ccy", "SEK");
            x.writeCharacters(p.amount().value().toPlainString());
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("CdtrAgt");
            x.writeStartElement("FinInstnId");
            x.writeStartElement("ClrSysMmbId");
            x.writeStartElement("ClrSysId");
            el(x, "Cd", "SESBA");
            x.writeEndElement();
            el(x, "MmbId", "9900");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("Cdtr");
            el(x, "Nm", p.creditorName());
            x.writeEndElement();
            x.writeStartElement("CdtrAcct");
            x.writeStartElement("Id");
            x.writeStartElement("Othr");
            el(x, "Id", ((Bankgiro) p.account()).number().digits());
            x.writeStartElement("SchmeNm");
            el(x, "Prtry", "BGNR");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("RmtInf");
            x.writeStartElement("Strd");
            x.writeStartElement("CdtrRefInf");
            x.writeStartElement("Tp");
            x.writeStartElement("CdOrPrtry");
            el(x, "Cd", "SCOR");
            x.writeEndElement();
            x.writeEndElement();
            el(x, "Ref", p.remittance().ocr());
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        return out.toByteArray();
    }

    private static void el(XMLStreamWriter x, String name, String text) throws Exception {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}

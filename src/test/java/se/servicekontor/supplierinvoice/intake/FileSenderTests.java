package se.servicekontor.supplierinvoice.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Issue 18 item 1: who sent a (rejected) file, read from the official EN 16931 examples: ubl-tc434-example1.xml is
 * invoice 12115118 from De Koksmaat (legal id 57151520), due 2015-01-09, payable 250.33 EUR (BT-115, after prepaid).
 */
class FileSenderTests {

    @Test
    void aUblInvoiceNamesItsSenderNumberAmountAndDueDate() throws Exception {
        FileSender sender = FileSender.of(parse(Files.readAllBytes(Path.of("../shared/data/en16931/ubl/examples/ubl-tc434-example1.xml"))));
        assertThat(sender.name()).isEqualTo("De Koksmaat");
        assertThat(sender.organisationNumber()).isEqualTo("57151520");
        assertThat(sender.invoiceNumber()).isEqualTo("12115118");
        assertThat(sender.dueDate()).isEqualTo(LocalDate.of(2015, 1, 9));
        assertThat(sender.amountDue()).isEqualByComparingTo(new BigDecimal("250.33"));
        assertThat(sender.currency()).isEqualTo("EUR");
    }

    @Test
    void aBrokenValueIsLeftOutNotFatalAndASwedishNumberIsWrittenWithItsDash() throws Exception {
        String xml = new String(GeneratedInvoices.invoice(90_001, 1, 3), StandardCharsets.UTF_8)
                .replaceFirst("<cbc:DueDate>[^<]*</cbc:DueDate>", "<cbc:DueDate>snart</cbc:DueDate>");
        FileSender sender = FileSender.of(parse(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(sender.dueDate()).isNull();
        assertThat(sender.invoiceNumber()).isEqualTo("GEN-90001");
        assertThat(sender.organisationNumberText()).matches("\\d{6}-\\d{4}");
        assertThat(sender.unknown()).isFalse();
    }

    private static Document parse(byte[] bytes) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
    }
}

package se.servicekontor.supplierinvoice.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Issue 18 item 4: a file that is neither XML nor PDF is refused at upload, judged by its content. */
class UploadCheckTests {

    @Test
    void aTextFileIsRefusedWithItsReason() {
        assertThat(UploadCheck.notAnInvoiceFile("anteckning.txt", "Hej!\n".getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(r -> assertThat(r).startsWith("anteckning.txt är varken en XML-fil eller en PDF"));
        assertThat(UploadCheck.notAnInvoiceFile("tom.xml", new byte[0])).hasValue("tom.xml är tom och har inte laddats upp.");
    }

    @Test
    void officialXmlSamplesAndAPdfPass() throws Exception {
        byte[] ubl = Files.readAllBytes(Path.of("../shared/data/en16931/ubl/examples/ubl-tc434-example1.xml"));
        assertThat(UploadCheck.notAnInvoiceFile("ubl.xml", ubl)).isEmpty();
        byte[] withBom = new byte[ubl.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(ubl, 0, withBom, 3, ubl.length);
        assertThat(UploadCheck.notAnInvoiceFile("bom.xml", withBom)).isEmpty();
        assertThat(UploadCheck.notAnInvoiceFile("f.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        // the name does not decide: an XML file called .txt may still be an invoice
        assertThat(UploadCheck.notAnInvoiceFile("faktura.txt", "  \n<Invoice/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void sha256IsTheStandardDigest() {
        // FIPS 180-2 example: SHA-256("abc")
        assertThat(UploadCheck.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}

package se.servicekontor.supplierinvoice.intake.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.servicekontor.supplierinvoice.intake.validation.ValidationReport.Outcome;

/** Hostile files are refused by the secure parser before phive sees them, and their secrets never leak into a result. */
class HostileInvoiceTests {

    private static final String UBL = "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"";

    private final InvoiceValidator validator = new InvoiceValidator();

    @TempDir
    Path dir;

    @Test
    void xxeReadingEtcPasswdIsRefusedAndItsTextAppearsNowhere() throws IOException {
        String passwd = Files.readString(Path.of("/etc/passwd"));
        assertTrue(passwd.contains("root:"), "the test needs /etc/passwd to hold a root entry");
        ValidationReport report = validate("xxe-passwd.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Invoice [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <Invoice %s><cbc:Note>&xxe;</cbc:Note></Invoice>""".formatted(UBL));

        assertEquals(Outcome.REFUSED, report.outcome());
        assertTrue(report.reason().contains("DOCTYPE"), report.reason());
        assertFalse(report.toString().contains("root:"), "the file's text leaked into the result: " + report);
    }

    @Test
    void xxeReadingAnyLocalFileLeaksNothing() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "hemligt-7f3a9c");
        ValidationReport report = validate("xxe-file.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE Invoice [ <!ENTITY xxe SYSTEM "%s"> ]>
                <Invoice %s><cbc:ID>&xxe;</cbc:ID></Invoice>""".formatted(secret.toUri(), UBL));

        assertEquals(Outcome.REFUSED, report.outcome());
        assertFalse(report.toString().contains("hemligt-7f3a9c"), report.toString());
    }

    @Test
    void billionLaughsIsRefusedFast() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Invoice [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String xml = dtd + "]>\n<Invoice " + UBL + "><cbc:Note>&lol9;</cbc:Note></Invoice>";

        ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> validate("lol.xml", xml));

        assertEquals(Outcome.REFUSED, report.outcome());
        assertFalse(report.toString().contains("lollollol"));
    }

    @Test
    void externalDtdAndParameterEntitiesAreNeverFetched() throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicBoolean contacted = new AtomicBoolean();
            Thread listener = new Thread(() -> {
                try {
                    server.setSoTimeout(1500);
                    server.accept().close();
                    contacted.set(true);
                } catch (SocketTimeoutException expected) {
                    // nobody came
                } catch (IOException e) {
                    // closed
                }
            });
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";

            ValidationReport external = validate("external-dtd.xml",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice SYSTEM \"" + url + "\">\n<Invoice " + UBL + "/>");
            ValidationReport parameter = validate("parameter-entity.xml",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [ <!ENTITY % remote SYSTEM \"" + url + "\"> %remote; ]>\n<Invoice " + UBL + "/>");

            listener.join();
            assertEquals(Outcome.REFUSED, external.outcome());
            assertEquals(Outcome.REFUSED, parameter.outcome());
            assertFalse(contacted.get(), "the parser fetched the external DTD");
        }
    }

    @Test
    void xIncludeIsNotProcessed() {
        ValidationReport report = validate("xinclude.xml", """
                <Invoice %s xmlns:xi="http://www.w3.org/2001/XInclude">
                  <cbc:Note><xi:include href="file:///etc/passwd" parse="text"/></cbc:Note>
                </Invoice>""".formatted(UBL));

        assertEquals(Outcome.INVALID, report.outcome(), "an unknown element is an XSD error, nothing is included");
        assertFalse(report.toString().contains("root:"), report.toString());
    }

    @Test
    void fileOverTheLimitIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SecureXml.DEFAULT_MAX_BYTES + 1); // sparse: nothing to read if we tried
        }
        ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> validator.validate(huge));

        assertEquals(Outcome.REFUSED, report.outcome());
        assertTrue(report.reason().contains("20 MB"), report.reason());
    }

    @Test
    void streamOverTheLimitIsReadOnlyToTheLimit() {
        var small = new InvoiceValidator(1024);
        var endless = new InputStream() {
            long read;

            @Override
            public int read() {
                read++;
                return ' ';
            }
        };
        ValidationReport report = small.validate("endless.xml", endless);

        assertEquals(Outcome.REFUSED, report.outcome());
        assertTrue(endless.read <= 1025, "read " + endless.read + " bytes");
    }

    @Test
    void deeplyNestedDocumentIsRefused() {
        String xml = "<Invoice " + UBL + ">" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</Invoice>";

        assertEquals(Outcome.REFUSED, validate("deep.xml", xml).outcome());
    }

    @Test
    void pdfAndGarbageAreRefusedWithAReasonAPersonUnderstands() {
        ValidationReport pdf = validator.validate("faktura.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        ValidationReport garbage = validate("garbage.xml", "this is not xml");
        ValidationReport empty = validator.validate("empty.xml", new byte[0]);

        assertEquals(Outcome.REFUSED, pdf.outcome());
        assertTrue(pdf.reason().contains("PDF"), pdf.reason());
        assertEquals(Outcome.REFUSED, garbage.outcome());
        assertTrue(garbage.reason().startsWith("Filen kunde inte tolkas som XML"), garbage.reason());
        assertEquals(Outcome.REFUSED, empty.outcome());
    }

    private ValidationReport validate(String name, String xml) {
        return validator.validate(name, xml.getBytes(StandardCharsets.UTF_8));
    }
}

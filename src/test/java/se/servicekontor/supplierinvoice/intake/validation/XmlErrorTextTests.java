package se.servicekontor.supplierinvoice.intake.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** Issue 18 item 4: the parser's English well-formedness errors said in Swedish. */
class XmlErrorTextTests {

    @Test
    void textBeforeTheFirstElementIsExplainedInSwedish() throws Exception {
        String reason = reasonFor("Faktura 123 att betala 500 kr");
        assertThat(reason).startsWith("Filen kunde inte tolkas som XML (rad 1, kolumn 1): Filen börjar inte som en XML-fil")
                .doesNotContain("prolog");
    }

    @Test
    void aCutOffFileAndAnUnclosedElementAreNamed() throws Exception {
        assertThat(reasonFor("<Invoice><cbc:ID xmlns:cbc=\"urn:x\">1</cbc:ID>")).contains("avkortad");
        assertThat(reasonFor("<Invoice><Note>x</Invoice>")).contains("Elementet Note avslutas inte med </Note>.");
        assertThat(reasonFor("<Invoice>A & B</Invoice>")).contains("skriv & som &amp;");
    }

    @Test
    void anUnknownMessageKeepsTheParsersTextAsTheTechnicalReason() {
        assertThat(XmlErrorText.of("Something new", 3, 7)).isEqualTo("Filen kunde inte tolkas som XML (rad 3, kolumn 7). Teknisk orsak: Something new");
    }

    @Test
    void theHardenedParserUsesTheSwedishText() {
        SecureXml xml = new SecureXml(1_000_000);
        var refused = org.junit.jupiter.api.Assertions.assertThrows(SecureXml.DocumentRefused.class,
                () -> xml.parse("Hej!".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.getMessage()).contains("Filen börjar inte som en XML-fil");
    }

    private static String reasonFor(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try {
            builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            throw new AssertionError("parsed: " + text);
        } catch (SAXParseException e) {
            return XmlErrorText.of(e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        }
    }
}

package se.servicekontor.supplierinvoice.intake.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateInvoiceCommandTests {

    private static final InvoiceValidator validator = new InvoiceValidator();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ValidateInvoiceCommand command =
            new ValidateInvoiceCommand(validator, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    @Test
    void validInvoicePrintsOnePassLine() {
        Path file = SharedData.root().resolve("peppol-bis-invoice-3/rules/examples/base-example.xml");

        assertTrue(command.run(file));
        assertEquals(List.of("PASS " + file), lines());
    }

    @Test
    void invalidInvoicePrintsFailAndOneLinePerFiredRule() {
        Path file = SharedData.root().resolve("en16931/test/testfiles/BIS_Billing_30-Elnat.xml");

        assertFalse(command.run(file));
        List<String> lines = lines();
        assertEquals("FAIL " + file, lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("  (FATAL|WARNING) \\S+ .+")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  FATAL PEPPOL-COMMON-R049 Det svenska organisationsnumret")), lines.toString());
    }

    @Test
    void testSetFileIsValidatedTestByTest() {
        Path file = SharedData.root().resolve("peppol-bis-invoice-3/rules/unit-UBL-SE/UBL-IN_SE-R-004.xml");

        command.run(file);

        List<String> results = lines().stream().filter(l -> l.startsWith("PASS ") || l.startsWith("FAIL ")).toList();
        assertEquals(2, results.size(), lines().toString()); // the file holds two tests
        assertTrue(results.get(0).endsWith(file + "#1"), results.toString());
        assertTrue(results.get(1).endsWith(file + "#2"), results.toString());
    }

    @Test
    void cenExampleIsHeldToTheEn16931RulesItClaimsAndAPeppolDocumentToPeppols() {
        // ubl-tc434-example7 claims plain EN 16931 (BT-24 urn:cen.eu:en16931:2017): intake uses the CEN rules
        Path cenExample = SharedData.root().resolve("en16931/ubl/examples/ubl-tc434-example7.xml");
        // issue116 claims Peppol BIS 3 but its made-up organisation number fails the Luhn check (PEPPOL-COMMON-R049)
        Path peppolDocument = SharedData.root().resolve("en16931/ubl/examples/issue116.xml");
        var cen = new ValidateInvoiceCommand(validator, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true);

        assertTrue(command.run(cenExample));
        assertTrue(cen.run(cenExample));
        assertFalse(command.run(peppolDocument));
        assertTrue(cen.run(peppolDocument));
    }

    @Test
    void refusedAndUnknownFilesFailWithTheirReason(@TempDir Path dir) throws IOException {
        Path xxe = Files.writeString(dir.resolve("xxe.xml"),
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        Path order = Files.writeString(dir.resolve("order.xml"), "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>");

        assertFalse(command.run(xxe));
        assertFalse(command.run(order));
        List<String> lines = lines();
        assertEquals("FAIL " + xxe, lines.get(0));
        assertTrue(lines.get(1).startsWith("  FATAL REFUSED Filen innehåller en DOCTYPE"), lines.get(1));
        assertEquals("FAIL " + order, lines.get(2));
        assertTrue(lines.get(3).startsWith("  FATAL UNKNOWN-FORMAT Okänt format"), lines.get(3));
    }

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}

package se.servicekontor.supplierinvoice.intake;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

import se.servicekontor.supplierinvoice.intake.validation.InvoiceSyntax;
import se.servicekontor.supplierinvoice.intake.validation.InvoiceValidator;
import se.servicekontor.supplierinvoice.intake.validation.RuleFinding;
import se.servicekontor.supplierinvoice.intake.validation.SecureXml.DocumentRefused;
import se.servicekontor.supplierinvoice.intake.validation.ValidationReport;

/**
 * What intake makes of one received file, without touching the database: an accepted e-invoice (UBL, CII,
 * or the XML inside a Factur-X PDF), a plain PDF for manual registration, an invoice with too many lines
 * for quarantine, or a rejection with the reason a person can act on. The job's processor and the
 * "Validera fil" page both use it, so the page tells exactly what intake would do. Thread-safe.
 */
public final class InvoiceCheck {

    private static final Logger log = LoggerFactory.getLogger(InvoiceCheck.class);

    private final InvoiceValidator validator;
    private final PdfInvoices pdfs;
    private final int maxLines;

    public InvoiceCheck(InvoiceValidator validator, int maxLines) {
        this.validator = validator;
        this.pdfs = new PdfInvoices(validator.maxBytes());
        this.maxLines = maxLines;
    }

    public long maxBytes() {
        return validator.maxBytes();
    }

    public Verdict check(String name, byte[] bytes) {
        if (bytes.length == 0) {
            return new Rejected("Filen är tom (0 byte). Be avsändaren skicka fakturan igen.", List.of(), null);
        }
        if (bytes.length > validator.maxBytes()) {
            return new Rejected("Filen är större än gränsen " + validator.maxBytes() / (1024 * 1024) + " MB och lästes inte.",
                    List.of(), null);
        }
        byte[] xml = bytes;
        boolean pdf = PdfInvoices.isPdf(bytes);
        String embeddedName = null;
        if (pdf) {
            Optional<PdfInvoices.Embedded> embedded;
            try {
                embedded = pdfs.embeddedInvoice(bytes);
            } catch (PdfInvoices.Unreadable e) {
                return new Rejected(e.getMessage(), List.of(), null);
            }
            if (embedded.isEmpty()) {
                return new Manual("PDF utan inbäddad e-faktura: registreras för hand. Be gärna leverantören "
                        + "skicka e-faktura (Peppol BIS 3) i fortsättningen.");
            }
            xml = embedded.get().xml();
            embeddedName = embedded.get().name();
        }
        String prefix = pdf ? "Den inbäddade e-fakturan " + embeddedName + " i PDF-filen: " : "";
        Document document;
        try {
            document = validator.parse(xml);
        } catch (DocumentRefused e) {
            return new Rejected(prefix + e.getMessage(), List.of(), null);
        }
        Optional<InvoiceSyntax> syntax = InvoiceSyntax.of(document.getDocumentElement());
        if (syntax.isEmpty()) {
            return new Rejected(prefix + validator.validate(name, document).reason(), List.of(), null);
        }
        SourceFormat format = pdf ? SourceFormat.FACTUR_X : SourceFormat.of(syntax.get());
        int lines = InvoiceContentReader.lineCount(document);
        if (lines > maxLines) {
            return new Quarantined(format, lines, bestEffort(name, document),
                    "Fakturan har " + lines + " rader, fler än gränsen " + maxLines
                            + ". Den valideras och registreras separat så att den inte stoppar övriga fakturor.");
        }
        ValidationReport report = validator.validate(name, document);
        if (!report.passed()) {
            return new Rejected(prefix + summary(report), findings(report), report.ruleSet().displayName());
        }
        try {
            return new Accepted(format, InvoiceContentReader.read(document), findings(report), report.ruleSet().displayName(), lines);
        } catch (RuntimeException e) {
            log.warn("A valid invoice {} could not be read", name, e);
            return new Rejected(prefix + "Fakturan är giltig men kunde inte läsas: " + e.getMessage()
                    + ". Kontakta systemförvaltningen.", findings(report), report.ruleSet().displayName());
        }
    }

    private static InvoiceContent bestEffort(String name, Document document) {
        try {
            return InvoiceContentReader.read(document);
        } catch (RuntimeException e) {
            log.info("Header of quarantined invoice {} not readable: {}", name, e.getMessage());
            return null;
        }
    }

    /** Rules worth keeping: fatal ones and warnings (informational notes are left out). */
    private static List<RuleFinding> findings(ValidationReport report) {
        return report.findings().stream().filter(f -> f.severity() != RuleFinding.Severity.INFORMATION).toList();
    }

    private static String summary(ValidationReport report) {
        List<RuleFinding> fatal = report.fatal();
        String ids = fatal.stream().map(RuleFinding::ruleId).distinct().limit(8).collect(Collectors.joining(", "));
        long distinct = fatal.stream().map(RuleFinding::ruleId).distinct().count();
        StringBuilder text = new StringBuilder("Fakturan följer inte reglerna (" + report.ruleSet().displayName() + "): "
                + fatal.size() + " fel – " + ids + (distinct > 8 ? " m.fl." : "") + ".");
        if (report.reason() != null) {
            text.append(' ').append(report.reason());
        }
        text.append(" Be leverantören rätta fakturan och skicka den igen.");
        return text.toString();
    }

    /** The document formats intake receives. */
    public enum SourceFormat {
        UBL_INVOICE, UBL_CREDIT_NOTE, CII, FACTUR_X, PDF;

        static SourceFormat of(InvoiceSyntax syntax) {
            return switch (syntax) {
                case UBL_INVOICE -> UBL_INVOICE;
                case UBL_CREDIT_NOTE -> UBL_CREDIT_NOTE;
                case CII -> CII;
            };
        }
    }

    /** What intake makes of a file. */
    public sealed interface Verdict permits Accepted, Rejected, Manual, Quarantined {
    }

    /** A valid e-invoice, with its warnings. */
    public record Accepted(SourceFormat format, InvoiceContent content, List<RuleFinding> warnings, String ruleSet,
                           int lineCount) implements Verdict {
    }

    /** Not receivable: why, in Swedish, and every rule that fired (empty when the file was refused before validation). */
    public record Rejected(String reason, List<RuleFinding> findings, String ruleSet) implements Verdict {
    }

    /** A PDF without an e-invoice inside: a person registers it. */
    public record Manual(String reason) implements Verdict {
    }

    /** More lines than the limit: kept aside, not validated in the batch. {@code content} is null when unreadable. */
    public record Quarantined(SourceFormat format, int lineCount, InvoiceContent content, String reason) implements Verdict {
    }
}

package se.servicekontor.supplierinvoice.intake.validation;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.helger.base.location.ILocation;
import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.level.EErrorLevel;
import com.helger.diagnostics.error.level.IErrorLevel;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.api.EValidationBaseType;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;

import se.servicekontor.supplierinvoice.intake.validation.RuleFinding.Severity;
import se.servicekontor.supplierinvoice.intake.validation.SecureXml.DocumentRefused;

/**
 * Validates received e-invoices as the official validators do: XSD, then the CEN EN 16931 schematron,
 * then the Peppol BIS 3 schematron (with the Swedish SE-R rules), using phive. Hostile or oversized
 * input is refused by {@link SecureXml} before phive sees it. Plain Java, no Spring.
 * <p>
 * Start-up: the rule sets are registered in the constructor (cheap), but phive compiles the schematron
 * XSLT and loads the XSDs on first use, which takes seconds. Call {@link #warmUp()} once at start-up.
 * <p>
 * Thread-safe: after construction the validator's own state (rule set map, message table, size limit)
 * is never changed. Each call parses into its own DOM and gets its own phive source, result list and
 * execution manager. What is shared is phive's cache of compiled XSLT and XSD {@code Schema} objects,
 * which are immutable and held in phive's lock-guarded caches; every validation creates its own
 * transformer and schema validator from them. Validating on several threads at once is therefore safe
 * (InvoiceValidatorTests checks two threads give the same findings as one).
 */
public final class InvoiceValidator {

    /** Which layers to run. Intake always runs them all; the official unit tests hold fragments that are not XSD-valid. */
    public enum Layers { ALL, SCHEMATRON_ONLY }

    private final SecureXml xml;
    private final RuleMessages messages;
    private final Map<RuleSet, IValidationExecutorSet<IValidationSourceXML>> ruleSets = new EnumMap<>(RuleSet.class);

    public InvoiceValidator() {
        this(SecureXml.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused unread */
    public InvoiceValidator(long maxBytes) {
        this.xml = new SecureXml(maxBytes);
        this.messages = RuleMessages.load();
        var registry = new ValidationExecutorSetRegistry<IValidationSourceXML>();
        PeppolValidation2026_05.init(registry);
        EN16931Validation.initEN16931(registry);
        for (RuleSet ruleSet : RuleSet.values()) {
            ruleSets.put(ruleSet, Objects.requireNonNull(registry.getOfID(ruleSet.id()),
                    () -> "phive has no validation executor set " + ruleSet.id().getAsSingleID()));
        }
    }

    /**
     * Compiles the schematron and loads the XSDs of the rule sets intake uses (one per syntax), so that the
     * first invoice is not the slow one. The CEN-only UBL rules load on first use.
     */
    public void warmUp() {
        for (InvoiceSyntax syntax : InvoiceSyntax.values()) {
            RuleSet ruleSet = RuleSet.forIntake(syntax);
            Document empty = SecureXml.emptyDocument(syntax);
            validate("warm-up", empty, ruleSet, Layers.SCHEMATRON_ONLY);
            validate("warm-up", empty, ruleSet, Layers.ALL); // fails XSD, which loads the schema
        }
    }

    public long maxBytes() {
        return xml.maxBytes();
    }

    /** Parses a file with the same secure settings as {@link #validate(Path)}; for callers that need the DOM. */
    public Document parse(Path file) throws DocumentRefused {
        return xml.parse(file);
    }

    /** Parses bytes with the same secure settings (size limit, no DOCTYPE, no external access). */
    public Document parse(byte[] content) throws DocumentRefused {
        return xml.parse(content);
    }

    public ValidationReport validate(Path file) {
        try {
            return validate(file.toString(), xml.parse(file));
        } catch (DocumentRefused e) {
            return ValidationReport.refused(file.toString(), e.getMessage());
        }
    }

    public ValidationReport validate(String source, InputStream content) {
        try {
            return validate(source, xml.parse(content));
        } catch (DocumentRefused e) {
            return ValidationReport.refused(source, e.getMessage());
        }
    }

    public ValidationReport validate(String source, byte[] content) {
        try {
            return validate(source, xml.parse(content));
        } catch (DocumentRefused e) {
            return ValidationReport.refused(source, e.getMessage());
        }
    }

    /**
     * Detects the syntax and validates with the intake rule set for it: Peppol BIS 3 for UBL, EN 16931 for
     * CII and for a UBL document that declares itself a plain EN 16931 invoice (see {@link RuleSet#forIntake}).
     */
    public ValidationReport validate(String source, Document document) {
        Element root = document.getDocumentElement();
        Optional<InvoiceSyntax> syntax = InvoiceSyntax.of(root);
        if (syntax.isEmpty()) {
            return ValidationReport.unknownFormat(source, "Okänt format: dokumentet börjar med "
                    + InvoiceSyntax.describe(root) + ". Intaget tar emot UBL 2.1 Invoice, UBL 2.1 CreditNote "
                    + "och UN/CEFACT CII CrossIndustryInvoice.");
        }
        return validate(source, document, RuleSet.forIntake(syntax.get(), customizationId(root)), Layers.ALL);
    }

    /** Validates with the given rule set; the document's root must be that rule set's syntax. */
    public ValidationReport validate(String source, Document document, RuleSet ruleSet, Layers layers) {
        InvoiceSyntax syntax = ruleSet.syntax();
        if (InvoiceSyntax.of(document.getDocumentElement()).filter(syntax::equals).isEmpty()) {
            throw new IllegalArgumentException(ruleSet + " validates " + syntax.displayName() + ", not "
                    + InvoiceSyntax.describe(document.getDocumentElement()));
        }
        List<IValidationExecutor<IValidationSourceXML>> executors = ruleSets.get(ruleSet).getAllExecutors().stream()
                .filter(e -> layers == Layers.ALL || !isXsd(e.getValidationArtefact().getValidationType().getBaseType()))
                .toList();
        var phiveSource = ValidationSourceXML.create(source, document);
        var results = new ValidationResultList(phiveSource);
        long start = System.nanoTime();
        new ValidationExecutionManager<>(IValidityDeterminator.<IValidationSourceXML>createDefault(), executors)
                .executeValidation(phiveSource, results, Locale.ENGLISH);
        Duration duration = Duration.ofNanos(System.nanoTime() - start);

        List<RuleFinding> findings = new ArrayList<>();
        boolean skipped = false;
        for (ValidationResult result : results) {
            if (result.isSkipped()) {
                skipped = true;
                continue;
            }
            boolean xsd = isXsd(result.getValidationArtefact().getValidationType().getBaseType());
            SchemaErrorPaths paths = xsd && !result.getErrorList().isEmpty()
                    ? SchemaErrorPaths.of(executors, document) : SchemaErrorPaths.NONE;
            for (IError error : result.getErrorList()) {
                findings.add(finding(error, xsd, paths, document.getDocumentElement()));
            }
        }
        boolean fatal = findings.stream().anyMatch(RuleFinding::fatal);
        String reason = skipped ? "Affärsreglerna (EN 16931, Peppol) kontrollerades inte eftersom dokumentet "
                + "inte följer XML-schemat (XSD)." : null;
        return new ValidationReport(source, fatal ? ValidationReport.Outcome.INVALID : ValidationReport.Outcome.VALID,
                syntax, ruleSet, findings, reason, duration);
    }

    /** BT-24, the specification identifier a UBL document claims ({@code cbc:CustomizationID}); null if absent. */
    static String customizationId(Element root) {
        for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "CustomizationID".equals(e.getLocalName())
                    && "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2".equals(e.getNamespaceURI())) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    /** The phive executor set behind a rule set, for tests that inspect which rules it holds. */
    IValidationExecutorSet<IValidationSourceXML> executorSet(RuleSet ruleSet) {
        return ruleSets.get(ruleSet);
    }

    private RuleFinding finding(IError error, boolean xsd, SchemaErrorPaths paths, Element root) {
        String text = error.getErrorText(Locale.ENGLISH);
        if (xsd) {
            // phive validates the DOM, which has no line numbers: the element's XPath stands in for them
            String location = lineAndColumn(error.getErrorLocation());
            String path = paths.next(text);
            return new RuleFinding(severity(error.getErrorLevel()), "XSD", "Följer inte XML-schemat: " + RuleMessages.tidy(text),
                    location.isEmpty() ? path : location);
        }
        String ruleId = error.getErrorID() == null || error.getErrorID().isBlank() ? "SCHEMATRON" : error.getErrorID().strip();
        return new RuleFinding(severity(error.getErrorLevel()), ruleId,
                FindingValue.describe(messages.message(ruleId, text), error.getErrorFieldName(), root),
                readableXPath(error.getErrorFieldName()));
    }

    private static final Pattern ANY_NAMESPACE_STEP = Pattern.compile("\\*:([\\w.-]+)\\[namespace-uri\\(\\)='[^']*'\\]");

    /** The SVRL location made readable: {@code /*:Invoice[namespace-uri()='…'][1]/cac:X[1]} → {@code /Invoice/cac:X}. */
    static String readableXPath(String location) {
        if (location == null) {
            return "";
        }
        return ANY_NAMESPACE_STEP.matcher(location).replaceAll("$1").replace("[1]", "");
    }

    private static Severity severity(IErrorLevel level) {
        if (level.getNumericLevel() >= EErrorLevel.ERROR.getNumericLevel()) {
            return Severity.FATAL;
        }
        return level.getNumericLevel() >= EErrorLevel.WARN.getNumericLevel() ? Severity.WARNING : Severity.INFORMATION;
    }

    private static String lineAndColumn(ILocation location) {
        if (location == null || !location.hasLineNumber()) {
            return "";
        }
        return "rad " + location.getLineNumber() + (location.hasColumnNumber() ? ", kolumn " + location.getColumnNumber() : "");
    }

    private static boolean isXsd(EValidationBaseType type) {
        return type == EValidationBaseType.XSD;
    }
}

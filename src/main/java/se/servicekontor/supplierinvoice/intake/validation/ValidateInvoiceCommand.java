package se.servicekontor.supplierinvoice.intake.validation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

import se.servicekontor.supplierinvoice.intake.validation.InvoiceValidator.Layers;
import se.servicekontor.supplierinvoice.intake.validation.SecureXml.DocumentRefused;

/**
 * {@code batch-jobs/run/validate-invoice.sh [--en16931] [--timing] FILE…}: validates e-invoice files the
 * way intake does, without Spring or a database. Prints per file {@code PASS|FAIL <file>} and one line
 * per fired rule {@code   <FATAL|WARNING> <rule-id> <message> (<location>)}. A VEFA testSet file (the
 * official rule tests) is validated test by test, {@code PASS|FAIL <file>#<n>}, with the schematron
 * layers only, because its documents are mostly fragments that are not XSD-valid; {@code tc434-ubl}
 * sets use the EN 16931 rules alone; PASS/FAIL is the validation result, not the test's expectation
 * (OfficialTestFilesTests judges those). {@code --en16931} validates with the CEN rules instead of Peppol.
 * A file that is not validated at all gets one line with a pseudo rule id: {@code REFUSED} (hostile,
 * too large, not XML), {@code UNKNOWN-FORMAT} (not UBL/CII), or {@code NOT-CHECKED} after XSD errors
 * (the business rules did not run). Exit status 0 when every document passed, 1 otherwise, 2 on wrong usage.
 */
final class ValidateInvoiceCommand {

    private final InvoiceValidator validator;
    private final PrintStream out;
    private final boolean en16931;
    private final List<Long> nanos = new ArrayList<>();

    ValidateInvoiceCommand(InvoiceValidator validator, PrintStream out, boolean en16931) {
        this.validator = validator;
        this.out = out;
        this.en16931 = en16931;
    }

    public static void main(String[] args) {
        List<String> files = new ArrayList<>();
        boolean en16931 = false;
        boolean timing = false;
        for (String arg : args) {
            switch (arg) {
                case "--en16931" -> en16931 = true;
                case "--timing" -> timing = true;
                default -> {
                    if (arg.startsWith("--")) {
                        usage();
                    }
                    files.add(arg);
                }
            }
        }
        if (files.isEmpty()) {
            usage();
        }
        quietLibraryLogging();
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var command = new ValidateInvoiceCommand(new InvoiceValidator(), out, en16931);
        boolean allPassed = true;
        for (String file : files) {
            allPassed &= command.run(Path.of(file));
        }
        if (timing) {
            command.printTiming(System.err);
        }
        System.exit(allPassed ? 0 : 1);
    }

    /** phive logs every schematron run at INFO (Logback's default is DEBUG); here only warnings matter. */
    private static void quietLibraryLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    private static void usage() {
        System.err.println("Användning: validate-invoice.sh [--en16931] [--timing] FIL…");
        System.exit(2);
    }

    /** Validates one file (or every test in a testSet file) and prints the result; true when all passed. */
    boolean run(Path file) {
        Document document;
        try {
            document = validator.parse(file);
        } catch (DocumentRefused e) {
            return print(ValidationReport.refused(file.toString(), e.getMessage()));
        }
        if (VefaTestSet.isTestSet(document)) {
            VefaTestSet testSet = VefaTestSet.of(document);
            boolean allPassed = true;
            for (VefaTestSet.Case test : testSet.cases()) {
                allPassed &= print(validateTest(file + "#" + test.number(), test, testSet.cenOnly() || en16931));
            }
            return allPassed;
        }
        return print(timed(() -> {
            Optional<InvoiceSyntax> syntax = InvoiceSyntax.of(document.getDocumentElement());
            if (en16931 && syntax.isPresent()) {
                return validator.validate(file.toString(), document, RuleSet.en16931(syntax.get()), Layers.ALL);
            }
            return validator.validate(file.toString(), document);
        }));
    }

    private ValidationReport validateTest(String name, VefaTestSet.Case test, boolean cenOnly) {
        Optional<InvoiceSyntax> syntax = Optional.ofNullable(test.document())
                .flatMap(d -> InvoiceSyntax.of(d.getDocumentElement()));
        if (syntax.isEmpty()) {
            return ValidationReport.unknownFormat(name, "Testet innehåller inget UBL- eller CII-dokument.");
        }
        RuleSet ruleSet = cenOnly ? RuleSet.en16931(syntax.get()) : RuleSet.forIntake(syntax.get());
        return timed(() -> validator.validate(name, test.document(), ruleSet, Layers.SCHEMATRON_ONLY));
    }

    private ValidationReport timed(java.util.function.Supplier<ValidationReport> validation) {
        long start = System.nanoTime();
        ValidationReport report = validation.get();
        nanos.add(System.nanoTime() - start);
        return report;
    }

    private boolean print(ValidationReport report) {
        out.println((report.passed() ? "PASS " : "FAIL ") + report.source());
        switch (report.outcome()) {
            case REFUSED -> out.println("  FATAL REFUSED " + report.reason());
            case UNKNOWN_FORMAT -> out.println("  FATAL UNKNOWN-FORMAT " + report.reason());
            default -> {
                for (RuleFinding finding : report.findings()) {
                    if (finding.severity() == RuleFinding.Severity.INFORMATION) {
                        continue;
                    }
                    out.println("  " + finding.severity() + " " + finding.ruleId() + " " + finding.message()
                            + (finding.location().isEmpty() ? "" : " (" + finding.location() + ")"));
                }
                if (report.reason() != null) {
                    out.println("  FATAL NOT-CHECKED " + report.reason());
                }
            }
        }
        return report.passed();
    }

    void printTiming(PrintStream err) {
        if (nanos.isEmpty()) {
            return;
        }
        double firstMs = nanos.get(0) / 1e6;
        double restMs = nanos.stream().skip(1).mapToLong(Long::longValue).average().orElse(0) / 1e6;
        err.printf("Tider: första dokumentet %.0f ms (laddar regelverket), därefter %d dokument på i snitt %.1f ms%n",
                firstMs, nanos.size() - 1, restMs);
    }
}

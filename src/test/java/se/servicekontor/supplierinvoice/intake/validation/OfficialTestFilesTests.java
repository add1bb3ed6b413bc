package se.servicekontor.supplierinvoice.intake.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import se.servicekontor.supplierinvoice.intake.validation.InvoiceValidator.Layers;
import se.servicekontor.supplierinvoice.intake.validation.SecureXml.DocumentRefused;
import se.servicekontor.supplierinvoice.intake.validation.VefaTestSet.Expectation;

/**
 * Every official rule unit test in {@code ../shared/data} (OpenPeppol's unit-* folders and CEN's
 * Invoice-/CreditNote-unit-UBL: 492 testSet files, 1,970 tests) through the validator intake uses, one
 * dynamic test per {@code <test>}, named {@code <file>#<n> <rules>}.
 * <p>
 * How: each test document is validated by {@link InvoiceValidator} with the schematron layers only
 * ({@link Layers#SCHEMATRON_ONLY}): most documents are fragments that fail the XSD, and phive stops
 * after a failed XSD, while the tests judge schematron rule ids. The rule set is the one intake uses for
 * the document's syntax (Peppol 2026.5 for UBL, EN 16931 for CII because phive has no Peppol CII rules);
 * {@code tc434-ubl} sets get the EN 16931 1.3.16 rules alone, as upstream runs them. Only the rules in the
 * test's {@code <assert>} are judged: success = does not fire, error = fires as fatal, warning = fires as
 * a warning.
 * <p>
 * A test that cannot pass is listed by name with its reason in known-deviations.txt, and the listed tests
 * must deviate in exactly the listed way: a fix upstream (or a rule added to phive) fails the build until
 * the line is removed. A test whose rule is not in the loaded rule set counts as a deviation even when it
 * expects success, since it then proves nothing.
 */
class OfficialTestFilesTests {

    private static final Path DATA = SharedData.root();
    private static final InvoiceValidator validator = new InvoiceValidator();
    private static final KnownDeviations known = KnownDeviations.load(KnownDeviations.RULE_TESTS);
    private static final Map<RuleSet, Set<String>> rulesInSet = new EnumMap<>(RuleSet.class);
    private static final Pattern RULE_ID = Pattern.compile("<xsl:attribute name=\"id\">([^<]+)</xsl:attribute>");

    private static final AtomicInteger passed = new AtomicInteger();
    private static final Map<String, AtomicInteger> deviated = new java.util.TreeMap<>();

    @TestFactory
    Stream<DynamicNode> everyOfficialRuleTestGivesTheExpectedOutcome() {
        return SharedData.testSetFiles().stream().map(file -> {
            String fileName = SharedData.name(file);
            VefaTestSet testSet = read(file);
            return dynamicContainer(fileName, testSet.cases().stream().map(test -> {
                String name = fileName + "#" + test.number();
                String rules = test.expectations().stream().map(Expectation::ruleId).collect(Collectors.joining(","));
                return dynamicTest(name + " " + rules, () -> judge(name, testSet, test));
            }));
        });
    }

    @Test
    void theDataHoldsWhatTheReadmeCountsAndEveryListedDeviationNamesARealTest() {
        List<Path> files = SharedData.testSetFiles();
        Set<String> names = new LinkedHashSet<>();
        for (Path file : files) {
            read(file).cases().forEach(test -> names.add(SharedData.name(file) + "#" + test.number()));
        }
        assertEquals(492, files.size(), "testSet files (shared/data/README.md)");
        assertEquals(1970, names.size(), "tests (shared/data/README.md)");
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("PEPPOL-COMMON-R048.xm")), "the odd .xm file is included");
        Set<String> stale = new TreeSet<>(known.all().keySet());
        stale.removeAll(names);
        assertEquals(Set.of(), stale, "known-deviations.txt names tests that do not exist");
    }

    @AfterAll
    static void summary() {
        int deviations = deviated.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("OfficialTestFilesTests: %d official tests run, %d passed, %d listed deviations %s%n",
                passed.get() + deviations, passed.get(), deviations, deviated);
    }

    private static void judge(String name, VefaTestSet testSet, VefaTestSet.Case test) {
        String deviation = deviation(name, testSet, test);
        String listed = known.reason(name).orElse(null);
        if (deviation == null) {
            assertTrue(listed == null, name + " passes now but known-deviations.txt lists it (" + listed + "): remove the line");
            passed.incrementAndGet();
            return;
        }
        String kind = deviation.substring(0, deviation.indexOf(']') + 1);
        if (listed == null) {
            fail(name + " deviates: " + deviation + "\n  Fix it, or list it in " + KnownDeviations.RULE_TESTS + " with the reason.");
        }
        assertTrue(listed.startsWith(kind), name + " deviates as " + deviation + " but is listed as " + listed);
        synchronized (deviated) {
            deviated.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Null when the test passes, otherwise "[kind] what happened". */
    private static String deviation(String name, VefaTestSet testSet, VefaTestSet.Case test) {
        assertTrue(test.document() != null, name + ": the test holds no document");
        InvoiceSyntax syntax = InvoiceSyntax.of(test.document().getDocumentElement())
                .orElseThrow(() -> new AssertionError(name + ": not an invoice: " + InvoiceSyntax.describe(test.document().getDocumentElement())));
        RuleSet ruleSet = testSet.cenOnly() ? RuleSet.en16931(syntax) : RuleSet.forIntake(syntax);
        ValidationReport report = validator.validate(name, test.document(), ruleSet, Layers.SCHEMATRON_ONLY);
        assertTrue(test.expectations().size() > 0, name + ": the test asserts nothing");

        List<String> failures = new ArrayList<>();
        List<String> missingRules = new ArrayList<>();
        for (Expectation expectation : test.expectations()) {
            String rule = expectation.ruleId();
            if (!rules(ruleSet).contains(rule)) {
                missingRules.add(rule);
                continue;
            }
            List<RuleFinding> fired = report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
            boolean met = switch (expectation.expected()) {
                case SUCCESS -> fired.isEmpty();
                case ERROR -> fired.stream().anyMatch(f -> f.severity() == RuleFinding.Severity.FATAL);
                case WARNING -> fired.stream().anyMatch(f -> f.severity() == RuleFinding.Severity.WARNING);
            };
            if (!met) {
                failures.add("expected " + expectation.expected() + " " + rule + " but it "
                        + (fired.isEmpty() ? "did not fire" : "fired as " + fired.get(0).severity() + " at " + fired.get(0).location()));
            }
        }
        if (!failures.isEmpty()) {
            return "[fails] " + String.join("; ", failures) + " (" + ruleSet.displayName() + ")";
        }
        if (!missingRules.isEmpty()) {
            return "[not-in-rule-set] " + missingRules + " not in " + ruleSet.displayName();
        }
        return null;
    }

    /** The rule ids a rule set's schematron layers can report, read from phive's compiled XSLT. */
    private static Set<String> rules(RuleSet ruleSet) {
        synchronized (rulesInSet) {
            return rulesInSet.computeIfAbsent(ruleSet, rs -> {
                Set<String> ids = new TreeSet<>();
                validator.executorSet(rs).getAllExecutors().stream()
                        .filter(e -> e.getValidationArtefact().getValidationType().getBaseType().isSchematron())
                        .forEach(e -> {
                            try (InputStream in = e.getValidationArtefact().getRuleResource().getInputStream()) {
                                Matcher m = RULE_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                while (m.find()) {
                                    ids.add(m.group(1).strip());
                                }
                            } catch (IOException ex) {
                                throw new UncheckedIOException(ex);
                            }
                        });
                assertTrue(ids.size() > 100, rs + ": expected hundreds of rule ids, found " + ids.size());
                return ids;
            });
        }
    }

    private static VefaTestSet read(Path file) {
        try {
            return VefaTestSet.of(validator.parse(file));
        } catch (DocumentRefused e) {
            throw new AssertionError(file + " was refused: " + e.getMessage(), e);
        }
    }
}

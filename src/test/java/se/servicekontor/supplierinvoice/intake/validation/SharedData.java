package se.servicekontor.supplierinvoice.intake.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The official Peppol and CEN files in {@code ../shared/data} (see its README), read in place: the Peppol
 * files carry no licence to copy them into the project.
 */
final class SharedData {

    static final Path ROOT = Path.of("../shared/data");

    /** A document whose root element is testSet: optional BOM, XML declaration and comments before it. */
    private static final Pattern TEST_SET_START =
            Pattern.compile("^\\uFEFF?\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*)*<testSet\\b", Pattern.DOTALL);

    static {
        // phive logs each schematron run at INFO, Logback's default without Spring is DEBUG: keep test output readable
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger("com.helger").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private SharedData() {
    }

    static Path root() {
        assertTrue(Files.isDirectory(ROOT), "The official test files are expected in " + ROOT.toAbsolutePath().normalize());
        return ROOT;
    }

    /** Path relative to the data root with forward slashes, the name tests and known-deviations.txt use. */
    static String name(Path file) {
        return root().relativize(file).toString().replace('\\', '/');
    }

    /**
     * Every VEFA testSet file, found by content rather than by extension: upstream really names one
     * {@code PEPPOL-COMMON-R048.xm}, which a glob on *.xml would skip.
     */
    static List<Path> testSetFiles() {
        return regularFiles(root()).filter(SharedData::looksLikeTestSet).toList();
    }

    /** Every file in the given folders under the data root. */
    static List<Path> filesIn(String... folders) {
        return Stream.of(folders).flatMap(f -> regularFiles(root().resolve(f))).toList();
    }

    private static Stream<Path> regularFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("SOURCE.txt"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikeTestSet(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return TEST_SET_START.matcher(head).lookingAt() && head.contains(VefaTestSet.NAMESPACE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package se.servicekontor.payroll.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Skatteverket's 2026 monthly tax table file as kept in ../shared (the source the bundled copy came from). */
final class SharedTaxTableFile {

    static final Path PATH = Path.of("../shared/data/skatteverket/allmanna-tabeller-manad-2026.txt");

    private SharedTaxTableFile() {
    }

    static List<String> lines() {
        try {
            return Files.readAllLines(PATH, StandardCharsets.US_ASCII);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}

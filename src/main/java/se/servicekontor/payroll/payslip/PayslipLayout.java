package se.servicekontor.payroll.payslip;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The payslip's layout under {@code templates/payslip/} on the classpath: {@code layout.properties} (texts, and
 * where the logo and the fonts are), the logo and the DejaVu Sans fonts (shipped in the jar so no machine needs
 * them installed; licence in {@code fonts/DejaVu-LICENSE.txt}).
 */
public record PayslipLayout(Properties texts, byte[] logo, byte[] regularFont, byte[] boldFont) {

    public static final String LOCATION = "templates/payslip/layout.properties";

    /** Reads the layout shipped with the application. */
    public static PayslipLayout load() {
        Properties texts = new Properties();
        try (InputStream in = resource(LOCATION)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PayslipLayout(texts, bytes(texts.getProperty("logo")), bytes(texts.getProperty("font.regular")),
                    bytes(texts.getProperty("font.bold")));
        } catch (IOException e) {
            throw new UncheckedIOException("The payslip layout cannot be read", e);
        }
    }

    String text(String key) {
        String value = texts.getProperty(key);
        if (value == null)
            throw new IllegalStateException("The payslip layout has no text " + key + " (" + LOCATION + ")");
        return value;
    }

    String text(String key, String fallback) {
        return texts.getProperty(key, fallback);
    }

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = PayslipLayout.class.getClassLoader().getResourceAsStream(path);
        if (in == null)
            throw new IOException("Missing on the classpath: " + path);
        return in;
    }
}

package se.servicekontor.supplierinvoice.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The supplier-invoice texts: the fallback is the Swedish file, and English has every key. */
class SupplierInvoiceMessagesTests {

    @Test
    void fallbackIsTheSwedishTextsAndEnglishHasEveryKey() throws IOException {
        Properties swedish = load("i18n/supplierinvoice_sv.properties");
        assertThat(swedish).isNotEmpty();
        assertThat(load("i18n/supplierinvoice.properties")).isEqualTo(swedish);
        assertThat(load("i18n/supplierinvoice_en.properties").keySet()).isEqualTo(swedish.keySet());
        assertThat(swedish.getProperty("job.invoiceIntakeJob")).isEqualTo("Fakturainläsning");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(SupplierInvoiceMessagesTests.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

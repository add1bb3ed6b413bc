package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The Swedish texts, their fallback copy and the English texts stay in step. */
class MessagesTests {

    @Test
    void fallbackIsTheSwedishTextsAndEnglishHasEveryKey() throws IOException {
        Properties swedish = load("i18n/messages_sv.properties");
        Properties fallback = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        assertThat(swedish).isNotEmpty();
        assertThat(fallback).isEqualTo(swedish);
        assertThat(english.keySet()).isEqualTo(swedish.keySet());
        assertThat(swedish.getProperty("login.demoHint"))
                .isEqualTo("Demoanvändare: lon1, eko1, chef.skola, kund1, admin — lösenord demo");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessagesTests.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

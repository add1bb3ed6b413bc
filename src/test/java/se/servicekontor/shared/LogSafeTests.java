package se.servicekontor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP log injection: a value typed by a user can never start a new log line. */
class LogSafeTests {

    @Test
    void carriageReturnLineFeedAndOtherControlCharactersBecomeUnderscores() {
        assertThat(LogSafe.of("anna\r\n2026-12-08 INFO Login succeeded: admin")).isEqualTo("anna__2026-12-08 INFO Login succeeded: admin");
        assertThat(LogSafe.of("a\tb\u0000c\u2028d\u0085e")).isEqualTo("a_b_c_d_e");
        assertThat(LogSafe.of(null)).isEqualTo("null");
    }

    @Test
    void longValuesAreCutAtTwoHundredCharacters() {
        assertThat(LogSafe.of("x".repeat(5000))).hasSize(201).endsWith("x…");
        assertThat(LogSafe.of("x".repeat(200))).hasSize(200);
    }
}

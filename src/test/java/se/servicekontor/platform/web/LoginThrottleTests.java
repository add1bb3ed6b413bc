package se.servicekontor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The lockout numbers of issue 16: 5 failures per account / 50 per address within 15 minutes lock for 15 minutes. */
class LoginThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-08T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Limits(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void theFifthFailureLocksTheAccountForFifteenMinutesFromEveryAddress() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("Anna", "10.0.0." + i);
        }
        assertThat(throttle.isLocked("anna", "10.0.0.9")).isFalse();
        throttle.failed(" anna ", "10.0.0.5");

        assertThat(throttle.isLocked("anna", "10.0.0.9")).isTrue();
        assertThat(throttle.isLocked("bo", "10.0.0.9")).isFalse();
        clock.plus(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.isLocked("anna", "10.0.0.9")).isTrue();
        clock.plus(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("anna", "10.0.0.9")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        clock.plus(Duration.ofMinutes(15));
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.isLocked("anna", "10.0.0.1")).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("ANNA");
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.isLocked("anna", "10.0.0.1")).isFalse();
    }

    @Test
    void fiftyFailuresFromOneAddressLockThatAddressForEveryAccountEvenUnknownOnes() {
        for (int i = 0; i < 49; i++) {
            throttle.failed("guess" + i, "192.0.2.7");
        }
        assertThat(throttle.isLocked("anna", "192.0.2.7")).isFalse();
        throttle.failed("nobody-has-this-name", "192.0.2.7");

        assertThat(throttle.isLocked("anna", "192.0.2.7")).isTrue();
        assertThat(throttle.isLocked("anna", "192.0.2.8")).isFalse();
        assertThat(throttle.isLocked("guess1", "192.0.2.8")).as("one failure per account is no lock").isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void plus(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

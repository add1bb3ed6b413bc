package se.servicekontor.contactcenter.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.servicekontor.testing.MovingClock;

/** Both sides of each limit: 20 lookups per client and 10 per organisation number in ten minutes, then released. */
class SelfServiceLimitsTests {

    @Test
    void aClientGetsTwentyLookupsThenWaits() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-08T09:00:00Z"));
        SelfServiceLimits limits = new SelfServiceLimits(clock);
        for (int i = 0; i < 20; i++)
            assertThat(limits.tryLookup("client-a", "55600000" + String.format("%02d", i % 20))).as("lookup " + (i + 1)).isTrue();
        assertThat(limits.tryLookup("client-a", "5560009999")).as("lookup 21").isFalse();

        // the bucket refills greedily: 20 lookups over 10 minutes is one back every 30 seconds, all after the window
        clock.advance(Duration.ofSeconds(30));
        assertThat(limits.tryLookup("client-a", "5560009998")).isTrue();
        assertThat(limits.tryLookup("client-a", "5560009997")).isFalse();
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 20; i++)
            assertThat(limits.tryLookup("client-a", "57000000" + String.format("%02d", i))).isTrue();
    }

    @Test
    void anOrganisationNumberGetsTenLookupsWhateverTheClient() {
        MovingClock clock = new MovingClock(Instant.parse("2026-12-08T09:00:00Z"));
        SelfServiceLimits limits = new SelfServiceLimits(clock);
        for (int i = 0; i < 10; i++)
            assertThat(limits.tryLookup("client-" + i, "5560360793")).isTrue();
        assertThat(limits.tryLookup("client-new", "5560360793")).isFalse();
        assertThat(limits.tryLookup("client-new", "2120000142")).as("another organisation").isTrue();

        clock.advance(SelfServiceLimits.WINDOW);
        assertThat(limits.tryLookup("client-new", "5560360793")).isTrue();
    }
}

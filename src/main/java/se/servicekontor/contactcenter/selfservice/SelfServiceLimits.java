package se.servicekontor.contactcenter.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * How often the suppliers' self-service page may be asked, as token buckets (Bucket4j): per client
 * address {@value #PER_CLIENT} lookups and per organisation number {@value #PER_ORGANISATION} lookups, each
 * refilled over {@link #WINDOW}. Enough for a supplier checking a handful of invoices; far too few to guess
 * invoice totals. Buckets live in this instance's memory (a restart forgets them); the table of them is
 * emptied when it grows past {@value #MAX_KEYS} keys, so a flood of addresses cannot fill the heap.
 */
class SelfServiceLimits {

    static final int PER_CLIENT = 20;
    static final int PER_ORGANISATION = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int MAX_KEYS = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    SelfServiceLimits(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes one lookup from the client's and the organisation's buckets; false when either is empty. */
    boolean tryLookup(String client, String organisation) {
        if (buckets.size() > MAX_KEYS)
            buckets.clear();
        Bucket byClient = buckets.computeIfAbsent("client:" + client, k -> bucket(PER_CLIENT));
        if (!byClient.tryConsume(1))
            return false;
        if (organisation == null)
            return true;
        return buckets.computeIfAbsent("org:" + organisation, k -> bucket(PER_ORGANISATION)).tryConsume(1);
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW)).build();
    }
}

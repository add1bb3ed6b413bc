package se.servicekontor.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted per account and per client address; too many within the window lock that account or
 * address for a while (OWASP Authentication Cheat Sheet, "login throttling"). The same lock applies to user
 * names that do not exist, so a lockout tells nothing about who has an account. In memory: one instance of
 * the application (a restart forgets the counts, which only gives an attacker a restart's worth of tries).
 */
final class LoginThrottle {

    /** The numbers: e.g. 5 failures per account or 50 per address within 15 minutes lock for 15 minutes. */
    record Limits(int perAccount, int perAddress, Duration window, Duration lockout) {
    }

    /** Beyond this many tracked keys, keys without a lock and without a failure inside the window are dropped. */
    private static final int TIDY_ABOVE = 10_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    Limits limits() {
        return limits;
    }

    /** Whether a login for this account from this address must be refused without looking at the password. */
    boolean isLocked(String account, String address) {
        Instant now = clock.instant();
        return lockedAt(accountKey(account), now) || (address != null && lockedAt(addressKey(address), now));
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        count(accountKey(account), limits.perAccount(), now);
        if (address != null) {
            count(addressKey(address), limits.perAddress(), now);
        }
        if (counters.size() > TIDY_ABOVE) {
            counters.values().removeIf(counter -> counter.idleAt(now, limits.window()));
        }
    }

    /** A successful login forgets the account's failures (the address keeps its count: it may be guessing many accounts). */
    void succeeded(String account) {
        counters.remove(accountKey(account));
    }

    private boolean lockedAt(String key, Instant now) {
        Counter counter = counters.get(key);
        return counter != null && counter.lockedAt(now);
    }

    private void count(String key, int limit, Instant now) {
        counters.computeIfAbsent(key, k -> new Counter()).failed(now, limit, limits);
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static final class Counter {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized void failed(Instant now, int limit, Limits limits) {
            failures.addLast(now);
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(limits.window()))) {
                failures.removeFirst();
            }
            if (failures.size() >= limit) {
                lockedUntil = now.plus(limits.lockout());
                failures.clear();
            }
        }

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean idleAt(Instant now, Duration window) {
            return !lockedAt(now) && (failures.isEmpty() || !failures.peekLast().isAfter(now.minus(window)));
        }
    }
}

package se.servicekontor.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every change to money, approvals, roles and attest rights is written here (who,
 * when, what, before → after). Entries join the caller's transaction, so a rolled-back change leaves
 * no entry and a committed change always has one.
 */
@Service
public class AuditTrail {

    /** The actor recorded when no person is behind a change (scheduled jobs, start-up). */
    public static final String SYSTEM = "system";

    private static final int MAX_VALUE_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change made by the logged-in user (or {@link #SYSTEM} when nobody is logged in). */
    public void record(String action, String subject, String before, String after) {
        record(currentActor(), action, subject, before, after);
    }

    /** Records a change made by the named actor, e.g. the user who started a batch job. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String subject, String before, String after) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, subject, before_value, after_value)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                        actor == null || actor.isBlank() ? SYSTEM : actor,
                        action, truncate(subject, 200), truncate(before, MAX_VALUE_LENGTH), truncate(after, MAX_VALUE_LENGTH))
                .update();
    }

    /** The newest entries first, optionally only those whose action starts with the given prefix. */
    public List<AuditEntry> latest(String actionPrefix, int limit) {
        String prefix = actionPrefix == null ? "" : actionPrefix;
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, subject, before_value, after_value
                FROM audit_entry WHERE action LIKE ? ORDER BY id DESC LIMIT ?""")
                .params(prefix + "%", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("subject"),
                        rs.getString("before_value"), rs.getString("after_value")))
                .list();
    }

    /** The user name of whoever is logged in on this thread, or {@link #SYSTEM}. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** One line of the audit trail. */
    public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subject,
                             String before, String after) {
    }
}

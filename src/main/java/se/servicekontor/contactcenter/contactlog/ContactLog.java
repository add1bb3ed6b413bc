package se.servicekontor.contactcenter.contactlog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log: one row per contact with a caller, whether it was answered directly, and — to
 * see the callers who had to call again — the earlier contacts of the same caller within 7 days.
 */
// DOMAIN.md §1: the measure that matters is an answer in the first contact; repeat contacts within 7 days
@Service
public class ContactLog {

    public static final Duration REPEAT_WINDOW = Duration.ofDays(7);

    public enum Channel { PHONE, EMAIL, VISIT, WEB }

    public enum Subject { INVOICE, PAY, PAYDAY, INVOICE_ADDRESS, OTHER }

    public enum Centre { ECONOMY, PAYROLL, DEPARTMENT }

    /** A contact to log. {@code handedOverTo} is required when the question was not answered directly. */
    public record NewContact(Channel channel, Subject subject, boolean answeredDirectly, Centre handedOverTo,
                             CallerKey caller, String subjectRef, String note) {
        public NewContact {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(subject, "subject");
            if (!answeredDirectly && handedOverTo == null)
                throw new IllegalArgumentException("cc.log.handedOverToRequired");
            subjectRef = trim(subjectRef, 60);
            note = trim(note, 2000);
        }
    }

    /** A logged contact. */
    public record Contact(long id, Instant loggedAt, String agent, Channel channel, Subject subject,
                          boolean answeredDirectly, Centre handedOverTo, String subjectRef, String note) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ContactLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long log(String agent, NewContact contact) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO contact_log (logged_at, agent, channel, subject, answered_directly, handed_over_to,
                                                 caller_key, subject_ref, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), agent, contact.channel().name(),
                        contact.subject().name(), contact.answeredDirectly(),
                        contact.handedOverTo() == null ? null : contact.handedOverTo().name(),
                        contact.caller() == null ? null : contact.caller().value(), contact.subjectRef(), contact.note())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The caller's contacts in the last 7 days, newest first. */
    public List<Contact> recentContacts(CallerKey caller) {
        Instant since = clock.instant().minus(REPEAT_WINDOW);
        return jdbc.sql(SELECT + "WHERE caller_key = ? AND logged_at >= ? ORDER BY logged_at DESC, id DESC")
                .params(caller.value(), OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query(ContactLog::contact)
                .list();
    }

    /** The agent's latest contacts, newest first. */
    public List<Contact> latestBy(String agent, int limit) {
        return jdbc.sql(SELECT + "WHERE agent = ? ORDER BY logged_at DESC, id DESC LIMIT ?")
                .params(agent, limit)
                .query(ContactLog::contact)
                .list();
    }

    private static final String SELECT = """
            SELECT id, logged_at, agent, channel, subject, answered_directly, handed_over_to, subject_ref, note
            FROM contact_log
            """;

    private static Contact contact(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Contact(rs.getLong("id"), rs.getObject("logged_at", OffsetDateTime.class).toInstant(),
                rs.getString("agent"), Channel.valueOf(rs.getString("channel")), Subject.valueOf(rs.getString("subject")),
                rs.getBoolean("answered_directly"),
                rs.getString("handed_over_to") == null ? null : Centre.valueOf(rs.getString("handed_over_to")),
                rs.getString("subject_ref"), rs.getString("note"));
    }

    private static String trim(String text, int max) {
        if (text == null || text.isBlank())
            return null;
        String stripped = text.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", "");
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}

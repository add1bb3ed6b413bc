package se.servicekontor.supplierinvoice.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.supplierinvoice.intake.validation.RuleFinding;

/**
 * The rejected queue: files that could not be received, kept byte-exact in the received files, each with the
 * reason and every rule that fired. An officer retries one (after a rule or reference fix), marks it returned
 * to the supplier with the message sent, or deletes it from the queue with a comment; each action is audited.
 * Deleting hides the entry; the file itself stays kept, as the Bookkeeping Act wants of received documents.
 */
@Repository
public class RejectedFiles {

    /** Where a rejected file stands. */
    public enum Status {
        /** Waiting for an officer. */
        REJECTED,
        /** Sent back to intake; the next run decides again. */
        RETRYING,
        /** Received as an invoice after a retry. */
        RESOLVED,
        /** Returned to the supplier with a message. */
        RETURNED,
        /** Removed from the queue with a comment. */
        DELETED
    }

    /** One entry of the queue, with the file's name, size and SHA-256. */
    public record RejectedFile(long id, long receivedFileId, long inboxFileId, Status status, String reason, String ruleSet,
                               int attempts, Instant rejectedAt, String handledBy, Instant handledAt, String handledComment,
                               String fileName, String sha256, long sizeBytes, String source) {

        /** The officer may act on it: retry, return or delete. */
        public boolean open() {
            return status == Status.REJECTED;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    RejectedFiles(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Records a rejection of the file (again, after a retry): status REJECTED, the reason and findings replaced. */
    void reject(long receivedFileId, long inboxFileId, String reason, String ruleSet, List<RuleFinding> findings) {
        int updated = jdbc.sql("""
                UPDATE rejected_file SET status = 'REJECTED', reason = ?, rule_set = ?, attempts = attempts + 1, rejected_at = ?,
                    inbox_file_id = ?, handled_by = NULL, handled_at = NULL, handled_comment = NULL
                WHERE received_file_id = ?""")
                .params(cut(reason, 2000), cut(ruleSet, 100), now(), inboxFileId, receivedFileId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO rejected_file (received_file_id, inbox_file_id, status, reason, rule_set, attempts, rejected_at)
                    VALUES (?, ?, 'REJECTED', ?, ?, 1, ?)""")
                    .params(receivedFileId, inboxFileId, cut(reason, 2000), cut(ruleSet, 100), now()).update();
        }
        IntakeFindings.replace(jdbc, receivedFileId, findings);
    }

    /** A retried file was received as an invoice. */
    void resolved(long receivedFileId, long invoiceId) {
        jdbc.sql("""
                UPDATE rejected_file SET status = 'RESOLVED', handled_at = ?, handled_comment = ?
                WHERE received_file_id = ? AND status = 'RETRYING'""")
                .params(now(), "Mottagen som faktura " + invoiceId + " efter nytt försök.", receivedFileId).update();
    }

    /** Marks the entry as being retried; the caller puts the file back to intake in the same transaction. */
    @Transactional
    public RejectedFile markRetrying(long id, String actor) {
        RejectedFile current = open(id);
        jdbc.sql("UPDATE rejected_file SET status = 'RETRYING', handled_by = ?, handled_at = ? WHERE id = ? AND status = 'REJECTED'")
                .params(actor, now(), id).update();
        audit.record(actor, "invoice.rejected.retry", subject(current), current.status().name(), Status.RETRYING.name());
        return current;
    }

    @Transactional
    public void markReturned(long id, String message, String actor) {
        RejectedFile current = open(id);
        jdbc.sql("""
                UPDATE rejected_file SET status = 'RETURNED', handled_by = ?, handled_at = ?, handled_comment = ?
                WHERE id = ? AND status = 'REJECTED'""")
                .params(actor, now(), cut(message, 2000), id).update();
        audit.record(actor, "invoice.rejected.returned", subject(current), current.status().name(),
                Status.RETURNED.name() + ": " + message);
    }

    @Transactional
    public void markDeleted(long id, String comment, String actor) {
        RejectedFile current = open(id);
        jdbc.sql("""
                UPDATE rejected_file SET status = 'DELETED', handled_by = ?, handled_at = ?, handled_comment = ?
                WHERE id = ? AND status = 'REJECTED'""")
                .params(actor, now(), cut(comment, 2000), id).update();
        audit.record(actor, "invoice.rejected.deleted", subject(current), current.status().name(),
                Status.DELETED.name() + ": " + comment);
    }

    private RejectedFile open(long id) {
        RejectedFile current = find(id).orElseThrow(() -> new NotFound("Den avvisade filen " + id + " finns inte."));
        if (!current.open()) {
            throw new Refused("Filen är inte längre avvisad och väntande (" + current.status() + "); inget ändrades.");
        }
        return current;
    }

    public Optional<RejectedFile> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(RejectedFiles::map).optional();
    }

    public Optional<RejectedFile> findByReceivedFile(long receivedFileId) {
        return jdbc.sql(SELECT + " WHERE r.received_file_id = ?").param(receivedFileId).query(RejectedFiles::map).optional();
    }

    /** Entries with the status (null = those waiting: REJECTED and RETRYING), newest first. */
    public List<RejectedFile> list(Status status, int limit) {
        String where = status == null ? " WHERE r.status IN ('REJECTED', 'RETRYING')" : " WHERE r.status = '" + status.name() + "'";
        return jdbc.sql(SELECT + where + " ORDER BY r.id DESC LIMIT ?").param(limit).query(RejectedFiles::map).list();
    }

    public long countWaiting() {
        return jdbc.sql("SELECT COUNT(*) FROM rejected_file WHERE status = 'REJECTED'").query(Long.class).single();
    }

    public List<RuleFinding> findings(long receivedFileId) {
        return IntakeFindings.of(jdbc, receivedFileId);
    }

    private static final String SELECT = """
            SELECT r.id, r.received_file_id, r.inbox_file_id, r.status, r.reason, r.rule_set, r.attempts, r.rejected_at,
                   r.handled_by, r.handled_at, r.handled_comment, f.original_name, f.sha256, f.size_bytes, b.source
            FROM rejected_file r JOIN received_file f ON f.id = r.received_file_id JOIN inbox_file b ON b.id = r.inbox_file_id""";

    private static RejectedFile map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime handledAt = rs.getObject("handled_at", OffsetDateTime.class);
        return new RejectedFile(rs.getLong("id"), rs.getLong("received_file_id"), rs.getLong("inbox_file_id"),
                Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("rule_set"), rs.getInt("attempts"),
                rs.getObject("rejected_at", OffsetDateTime.class).toInstant(), rs.getString("handled_by"),
                handledAt == null ? null : handledAt.toInstant(), rs.getString("handled_comment"), rs.getString("original_name"),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("source"));
    }

    private static String subject(RejectedFile file) {
        return "avvisad fil " + file.id() + " " + file.fileName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** No such entry. */
    public static class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** The action does not fit the entry's state. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}

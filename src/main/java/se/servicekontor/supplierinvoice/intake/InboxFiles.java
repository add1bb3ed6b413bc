package se.servicekontor.supplierinvoice.intake;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code inbox_file}: every file intake picked up, who owns it (the intake run, by job instance) and its
 * outcome once processed. The outcome is written once, in the transaction that writes the invoice or the
 * rejection ({@link #claimForProcessing} refuses a row that is processed or owned by another run).
 */
@Repository
public class InboxFiles {

    /** Outcomes, as stored and counted. */
    public static final String RECEIVED = "RECEIVED", DUPLICATE = "DUPLICATE", REJECTED = "REJECTED", MANUAL = "MANUAL",
            QUARANTINED = "QUARANTINED";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final String batchPrefix;

    InboxFiles(JdbcClient jdbc, JdbcTemplate batch, Clock clock,
               @Value("${spring.batch.jdbc.table-prefix:BATCH_}") String batchPrefix) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.batchPrefix = batchPrefix;
    }

    /**
     * Records files this run moved into the claim folder, in one JDBC batch; a token already recorded (by an
     * orphan sweep) is left alone.
     */
    void recordClaimed(List<Inbox.Claimed> claimed, long jobInstanceId, String actor) {
        if (claimed.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        batch.batchUpdate("""
                INSERT INTO inbox_file (claim_token, source, original_name, claimed_path, size_bytes, claimed_by, claimed_at, job_instance_id)
                VALUES (?, 'INBOX', ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                claimed.stream().map(file -> new Object[] {file.token(), displayName(file.originalName()), file.path().toString(),
                        file.size(), actor, now, jobInstanceId}).toList());
    }

    /** Records a file already kept in the received files (upload or retry), owned by no run yet: the next run takes it. */
    public long recordReceived(InboxFile.Source source, long receivedFileId, String originalName, long size, String actor) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO inbox_file (claim_token, source, original_name, size_bytes, claimed_by, claimed_at, received_file_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), source.name(), displayName(originalName), size, actor, now(), receivedFileId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Which of these claim tokens are recorded. */
    Set<String> recordedTokens(Collection<String> tokens) {
        if (tokens.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT claim_token FROM inbox_file WHERE claim_token IN (:tokens)")
                .param("tokens", tokens).query(String.class).list());
    }

    /**
     * Gives this run every unprocessed file that no running intake run owns: new uploads and retries, and the
     * leftovers of runs that failed, were stopped or died (once recovered). A running run's files are never taken.
     */
    int adopt(long jobInstanceId) {
        return jdbc.sql("""
                UPDATE inbox_file SET job_instance_id = :me
                WHERE outcome IS NULL AND (job_instance_id IS NULL OR (job_instance_id <> :me AND NOT EXISTS (
                    SELECT 1 FROM %sJOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = inbox_file.job_instance_id
                      AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING'))))""".formatted(batchPrefix))
                .param("me", jobInstanceId).update();
    }

    /** Unprocessed files that a new run would take: the scheduler starts a run only when there are some. */
    public long adoptable() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM inbox_file WHERE outcome IS NULL AND (job_instance_id IS NULL OR NOT EXISTS (
                    SELECT 1 FROM %sJOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = inbox_file.job_instance_id
                      AND e.STATUS IN ('STARTING', 'STARTED', 'STOPPING')))""".formatted(batchPrefix))
                .query(Long.class).single();
    }

    /** The next unprocessed files of this run in one partition (id modulo grid) after {@code afterId}, by id, at most {@code limit}. */
    List<InboxFile> pending(long jobInstanceId, int grid, int partition, long afterId, int limit) {
        return jdbc.sql(SELECT + " WHERE job_instance_id = ? AND outcome IS NULL AND MOD(id, ?) = ? AND id > ? ORDER BY id LIMIT ?")
                .params(jobInstanceId, grid, partition, afterId, limit).query(InboxFiles::map).list();
    }

    /** All files of this run in one partition, processed or not: the partition's expected item count. */
    long inPartition(long jobInstanceId, int grid, int partition) {
        return jdbc.sql("SELECT COUNT(*) FROM inbox_file WHERE job_instance_id = ? AND MOD(id, ?) = ?")
                .params(jobInstanceId, grid, partition).query(Long.class).single();
    }

    /**
     * Locks a chunk's rows for its transaction, in one statement, provided each is still unprocessed and still
     * this run's. False means another run took one over or processed it: the caller must not write anything.
     */
    boolean claimForProcessing(Collection<Long> ids, long jobInstanceId, long jobExecutionId) {
        if (ids.isEmpty()) {
            return true;
        }
        return jdbc.sql("""
                UPDATE inbox_file SET processed_at = :now, job_execution_id = :execution
                WHERE id IN (:ids) AND outcome IS NULL AND job_instance_id = :instance""")
                .param("now", now()).param("execution", jobExecutionId).param("ids", ids).param("instance", jobInstanceId)
                .update() == new HashSet<>(ids).size();
    }

    /** Sets the outcome of a chunk's files in one JDBC batch. */
    void setOutcomes(List<Outcome> outcomes) {
        if (!outcomes.isEmpty()) {
            batch.batchUpdate("UPDATE inbox_file SET outcome = ?, received_file_id = ? WHERE id = ?",
                    outcomes.stream().map(o -> new Object[] {o.outcome(), o.receivedFileId(), o.inboxFileId()}).toList());
        }
    }

    /** What became of one picked-up file. */
    record Outcome(long inboxFileId, String outcome, long receivedFileId) {
    }

    /** Files per outcome (null = not yet processed) for one run, in a stable order. */
    public Map<String, Long> outcomes(long jobInstanceId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT COALESCE(outcome, 'PENDING'), COUNT(*) FROM inbox_file WHERE job_instance_id = ? GROUP BY outcome")
                .param(jobInstanceId).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Processed files of this run whose claimed copy may still be on disk. */
    List<InboxFile> processedWithClaimedCopy(long jobInstanceId) {
        return jdbc.sql(SELECT + " WHERE job_instance_id = ? AND outcome IS NOT NULL AND claimed_path IS NOT NULL ORDER BY id")
                .param(jobInstanceId).query(InboxFiles::map).list();
    }

    /** Those of these files that are processed and whose claimed copy may still be on disk (one chunk's, after its commit). */
    List<InboxFile> processedWithClaimedCopy(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE id IN (:ids) AND outcome IS NOT NULL AND claimed_path IS NOT NULL ORDER BY id")
                .param("ids", ids).query(InboxFiles::map).list();
    }

    void forgetClaimedCopies(List<Long> ids) {
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("UPDATE inbox_file SET claimed_path = NULL WHERE id IN (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).update();
        }
    }

    private static final String SELECT = """
            SELECT id, claim_token, source, original_name, claimed_path, size_bytes, claimed_by, received_file_id, outcome
            FROM inbox_file""";

    private static InboxFile map(ResultSet rs, int n) throws SQLException {
        String path = rs.getString("claimed_path");
        long size = rs.getLong("size_bytes");
        Long sizeBytes = rs.wasNull() ? null : size;
        long file = rs.getLong("received_file_id");
        Long receivedFileId = rs.wasNull() ? null : file;
        return new InboxFile(rs.getLong("id"), rs.getString("claim_token"), InboxFile.Source.valueOf(rs.getString("source")),
                rs.getString("original_name"), path == null ? null : Path.of(path), sizeBytes, rs.getString("claimed_by"),
                receivedFileId, rs.getString("outcome"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The name shown to people: the last path segment, control characters removed, at most 255 characters. */
    static String displayName(String name) {
        String shown = name == null ? "" : name;
        shown = shown.substring(Math.max(shown.lastIndexOf('/'), shown.lastIndexOf('\\')) + 1);
        shown = shown.replaceAll("\\p{Cntrl}", "").strip();
        if (shown.isEmpty()) {
            shown = "namnlös fil";
        }
        return shown.length() > 255 ? shown.substring(0, 255) : shown;
    }
}

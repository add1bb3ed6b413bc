package se.servicekontor.platform.jobs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The items jobs skipped, with their reasons: recorded during a run, listed and exported by Körningar. */
@Service
public class SkippedItems {

    private final JdbcClient jdbc;
    private final Clock clock;

    SkippedItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A listener for one step; add it to the step with {@code .listener(skippedItems.recorder())}. */
    public SkippedItemRecorder recorder() {
        return new SkippedItemRecorder(this);
    }

    /** Records a skipped item once; a replayed chunk that skips the same item again adds nothing. */
    public void record(long jobExecutionId, String stepName, String itemRef, String reason, String itemText) {
        jdbc.sql("""
                INSERT INTO job_skipped_item (job_execution_id, step_name, item_ref, reason, item_text, recorded_at)
                SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS
                  (SELECT 1 FROM job_skipped_item WHERE job_execution_id = ? AND step_name = ? AND item_ref = ?)""")
                .params(jobExecutionId, stepName, truncate(itemRef, 200), truncate(reason, 2000), truncate(itemText, 4000),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        jobExecutionId, stepName, truncate(itemRef, 200))
                .update();
    }

    /** All items skipped in the job's executions up to and including this one, oldest first. */
    public List<SkippedItem> forExecution(long jobExecutionId) {
        return jdbc.sql("""
                SELECT job_execution_id, step_name, item_ref, reason, item_text FROM job_skipped_item
                WHERE job_execution_id = ? ORDER BY id""")
                .param(jobExecutionId)
                .query((rs, n) -> new SkippedItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** One skipped item. */
    public record SkippedItem(long jobExecutionId, String stepName, String itemRef, String reason, String itemText) {
    }
}

package se.servicekontor.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.audit.AuditTrail;

/**
 * A JVM that died mid-job leaves its run STARTED (or STOPPING) for ever, and such a run can be neither
 * stopped nor restarted. At start-up this marks those runs FAILED with {@link JobOperator#recover}, so an
 * officer can restart them from Körningar. Only runs created before this application started are
 * touched, so a job started by another start-up listener is safe. On PostgreSQL a session advisory lock
 * keeps two instances starting together from recovering the same runs. Instances that share the
 * database with a live one (workers) switch it off: {@code servicekontor.jobs.recover-at-startup=false}.
 */
@Component
class JobRecovery {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);

    /** pg advisory lock key: "servicekontor job recovery". */
    static final long LOCK_KEY = 0x5345_5256_4a52_4543L;

    private final JobRepository repository;
    private final JobOperator operator;
    private final DataSource dataSource;
    private final AuditTrail audit;
    private final boolean enabled;
    private final LocalDateTime startedAt = LocalDateTime.now();

    JobRecovery(JobRepository repository, JobOperator operator, DataSource dataSource, AuditTrail audit,
                @Value("${servicekontor.jobs.recover-at-startup:true}") boolean enabled) {
        this.repository = repository;
        this.operator = operator;
        this.dataSource = dataSource;
        this.audit = audit;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void recoverAtStartup() {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
            if (!postgres) {
                recoverLeftRuns();
                return;
            }
            if (!advisory(connection, "SELECT pg_try_advisory_lock(?)")) {
                log.info("Another instance is recovering interrupted job runs; skipping.");
                return;
            }
            try {
                recoverLeftRuns();
            } finally {
                advisory(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            log.warn("Could not recover interrupted job runs at start-up: {}", e.getMessage(), e);
        }
    }

    /** Marks runs left running by a dead JVM as FAILED; returns how many. */
    int recoverLeftRuns() {
        int recovered = 0;
        for (String jobName : repository.getJobNames()) {
            for (JobExecution execution : repository.findRunningJobExecutions(jobName)) {
                if (execution.getCreateTime() != null && !execution.getCreateTime().isBefore(startedAt)) {
                    continue;
                }
                String before = execution.getStatus().name();
                operator.recover(execution);
                audit.record(AuditTrail.SYSTEM, "job.recover", jobName + " körning " + execution.getId(), before,
                        execution.getStatus().name());
                log.warn("Job run {} of {} was left {} by a stopped application; marked {} so it can be restarted.",
                        execution.getId(), jobName, before, execution.getStatus());
                recovered++;
            }
        }
        return recovered;
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}

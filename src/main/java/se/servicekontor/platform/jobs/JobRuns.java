package se.servicekontor.platform.jobs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads runs for Körningar. Everything about a run comes from Spring Batch's {@link JobRepository};
 * only the page of execution ids is one query of our own, because the repository has no
 * "newest runs across these jobs" query.
 */
@Component
class JobRuns {

    private final JobRepository jobRepository;
    private final JdbcClient jdbc;
    private final String prefix;

    JobRuns(JobRepository jobRepository, JdbcClient jdbc,
            @Value("${spring.batch.jdbc.table-prefix:BATCH_}") String tablePrefix) {
        this.jobRepository = jobRepository;
        this.jdbc = jdbc;
        this.prefix = tablePrefix;
    }

    /** One page of runs, newest first; {@code jobNames} empty = all jobs. */
    Page page(Optional<Set<String>> jobNames, int page, int size) {
        if (jobNames.isPresent() && jobNames.get().isEmpty()) {
            return new Page(List.of(), page, size, 0);
        }
        String from = " FROM " + prefix + "JOB_EXECUTION e JOIN " + prefix
                + "JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                + jobNames.map(n -> " WHERE i.JOB_NAME IN (:names)").orElse("");
        var count = jdbc.sql("SELECT COUNT(*)" + from);
        var ids = jdbc.sql("SELECT e.JOB_EXECUTION_ID" + from + " ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size);
        if (jobNames.isPresent()) {
            count = count.param("names", jobNames.get());
            ids = ids.param("names", jobNames.get());
        }
        long total = count.query(Long.class).single();
        List<JobExecution> executions = ids.query(Long.class).list().stream()
                .map(jobRepository::getJobExecution)
                .filter(java.util.Objects::nonNull)
                .toList();
        return new Page(executions, page, size, total);
    }

    Optional<JobExecution> find(long executionId) {
        try {
            return Optional.ofNullable(jobRepository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty(); // the JDBC repository of Batch 6.0 throws for an unknown id
        }
    }

    /** Earlier executions of the same job instance (attempts a restart continues), oldest first. */
    List<JobExecution> earlierAttempts(JobExecution execution) {
        return jobRepository.getJobExecutions(execution.getJobInstance()).stream()
                .filter(e -> e.getId() < execution.getId())
                .sorted(java.util.Comparator.comparingLong(JobExecution::getId))
                .toList();
    }

    /** A page of runs. */
    record Page(List<JobExecution> executions, int page, int size, long total) {
        int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        boolean hasPrevious() {
            return page > 0;
        }

        boolean hasNext() {
            return page + 1 < pages();
        }
    }
}

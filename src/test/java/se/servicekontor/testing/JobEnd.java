package se.servicekontor.testing;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Waits until a job run has really ended. Spring Batch 6 (AbstractJob#execute) stores the end time, then
 * calls the job listeners' afterJob (which write our exit descriptions and outcome lines), then stores the
 * execution again. A test that stops waiting at the end time races the listeners; this waits until the
 * run has an end time and has not been written for a second.
 */
public final class JobEnd {

    private static final Duration SETTLED = Duration.ofSeconds(1);

    private JobEnd() {
    }

    public static JobExecution await(JobRepository jobRepository, long executionId, Duration atMost) {
        return Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> jobRepository.getJobExecution(executionId), JobEnd::settled);
    }

    public static JobExecution await(JobRepository jobRepository, long executionId) {
        return await(jobRepository, executionId, Duration.ofMinutes(3));
    }

    private static boolean settled(JobExecution execution) {
        return execution.getEndTime() != null && execution.getLastUpdated() != null
                && execution.getLastUpdated().plus(SETTLED).isBefore(LocalDateTime.now());
    }
}

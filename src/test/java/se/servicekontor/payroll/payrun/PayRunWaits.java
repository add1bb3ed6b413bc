package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;

import se.servicekontor.payroll.PayRunId;
import se.servicekontor.testing.JobEnd;

/** For tests that start pay runs: waits until a run's job has ended and settled, and asserts it calculated. */
public final class PayRunWaits {

    private PayRunWaits() {
    }

    /** The run, once its payRunJob has COMPLETED and the run is CALCULATED. */
    public static PayRunId calculated(PayRuns payRuns, JobRepository jobRepository, PayRunId id) {
        Long execution = await().atMost(Duration.ofMinutes(1)).until(() -> payRuns.run(id).orElseThrow().jobExecutionId(), e -> e != null);
        assertThat(JobEnd.await(jobRepository, execution, Duration.ofMinutes(2)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(payRuns.run(id).orElseThrow().status()).isEqualTo(PayRunStatus.CALCULATED);
        return id;
    }
}

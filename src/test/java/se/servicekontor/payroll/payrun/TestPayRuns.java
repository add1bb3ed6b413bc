package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.assertj.core.groups.Tuple;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.payroll.PayRunId;
import se.servicekontor.testing.JobEnd;

/** For tests that start pay runs: wait until a run has calculated, release a month, read a run's pay lines. */
public final class TestPayRuns {

    private TestPayRuns() {
    }

    /** The run, once its payRunJob has COMPLETED and the run is CALCULATED. */
    public static PayRunId calculated(PayRuns payRuns, JobRepository jobRepository, PayRunId id) {
        Long execution = await().atMost(Duration.ofMinutes(1)).until(() -> payRuns.run(id).orElseThrow().jobExecutionId(), e -> e != null);
        assertThat(JobEnd.await(jobRepository, execution, Duration.ofMinutes(2)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(payRuns.run(id).orElseThrow().status()).isEqualTo(PayRunStatus.CALCULATED);
        return id;
    }

    /** A preliminary and a final run of the month by lon1, the final run released by lon2 (four-eyes). */
    public static PayRunId released(PayRuns payRuns, JobRepository jobRepository, YearMonth month) {
        calculated(payRuns, jobRepository, payRuns.startPreliminary(month, "lon1"));
        PayRunId finalRun = calculated(payRuns, jobRepository, payRuns.startFinal(month, "lon1"));
        payRuns.release(finalRun, "lon2");
        return finalRun;
    }

    /** text, amount, earned from, earned to of the employment's lines with the code, in payslip order. */
    public static List<Tuple> lines(JdbcClient jdbc, PayRunId run, long employment, String code) {
        return jdbc.sql("SELECT text, amount, earned_from, earned_to FROM pay_line WHERE pay_run_id = ? AND employment_id = ? AND code = ? ORDER BY seq")
                .params(run.value(), employment, code)
                .query((rs, n) -> tuple(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }
}

package se.servicekontor.payroll.payrun;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobRestarts;

/**
 * Keeps the pay run's status in step with its job: a start or restart makes it RUNNING with the current
 * execution id (a restart of a run that was replaced, or of a locked month, is refused); a run that ends
 * other than COMPLETED is FAILED until an officer restarts it.
 */
final class PayRunJobListener implements JobExecutionListener {

    private final JdbcClient jdbc;
    private final PayPeriodLocks locks;
    private final Clock clock;
    private final JobRestarts restarts;

    PayRunJobListener(JdbcClient jdbc, PayPeriodLocks locks, Clock clock, JobRestarts restarts) {
        this.restarts = restarts;
        this.jdbc = jdbc;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public void beforeJob(JobExecution job) {
        String runId = job.getJobParameters().getString(PayRunJobConfiguration.PAY_RUN_ID);
        if (runId == null)
            throw new PayRunRefused("En lönekörning startas från Lönecenter → Lönekörning (eller batch-jobs/run/pay-run.sh),"
                    + " inte direkt från Körningar; här kan den följas, stoppas och startas om.");
        long id = Long.parseLong(runId);
        YearMonth period = YearMonth.parse(job.getJobParameters().getString(PayRunJobConfiguration.PERIOD));
        if (locks.isLocked(period))
            throw new PeriodLocked(period, "Lönekörning " + id + " kan inte köras");
        // a restart (the run has an execution already): whoever restarted it joins the officers who may not release it
        Long earlier = jdbc.sql("SELECT job_execution_id FROM pay_run WHERE id = ?").param(id).query(Long.class).optional().orElse(null);
        if (earlier != null && earlier != job.getId())
            jdbc.sql("INSERT INTO pay_run_officer (pay_run_id, officer, action, at) VALUES (?, ?, 'RESTARTED', ?)")
                    .params(id, restarts.lastRestartedBy(job.getJobInstance().getInstanceId())
                            .orElse(job.getJobParameters().getString(JobConventions.STARTED_BY, "okänd")),
                            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        int updated = jdbc.sql("""
                UPDATE pay_run SET status = 'RUNNING', finished_at = NULL, job_execution_id = ? WHERE id = ? AND status IN ('RUNNING', 'FAILED')""")
                .params(job.getId(), id).update();
        if (updated != 1)
            throw new PayRunRefused("Lönekörning " + id + " är redan beräknad eller ersatt; starta en ny körning i stället.");
    }

    @Override
    public void afterJob(JobExecution job) {
        String runId = job.getJobParameters().getString(PayRunJobConfiguration.PAY_RUN_ID);
        if (job.getStatus() == BatchStatus.COMPLETED || runId == null)
            return;
        long id = Long.parseLong(runId);
        jdbc.sql("UPDATE pay_run SET status = 'FAILED', finished_at = ? WHERE id = ? AND status = 'RUNNING' AND job_execution_id = ?")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), id, job.getId()).update();
        if (!job.getExecutionContext().containsKey(JobConventions.OUTCOME))
            job.getExecutionContext().putString(JobConventions.OUTCOME, "Lönekörning " + id + " avbröts ("
                    + (job.getStatus() == BatchStatus.STOPPED ? "stoppad" : "fel") + "); starta om den från Körningar.");
    }
}

package se.servicekontor.payroll.payslip;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;

import se.servicekontor.payroll.PayRunReleased;
import se.servicekontor.platform.Role;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.jobs.JobCatalogueEntry;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * {@code payslipJob}: the payslips of one released pay run, one ZIP per department in the archive (kind
 * {@code payslips}). Started when a run is released ({@link PayRunReleased}); can be started again from
 * Körningar with {@code payRunId}. Restartable and idempotent: departments already archived are skipped, and a
 * department rendered again gives the same bytes and so the same archive row.
 */
@Configuration(proxyBeanMethods = false)
class PayslipJobConfiguration {

    static final String JOB = "payslipJob";
    static final String PAY_RUN_ID = "payRunId";

    @Bean
    JobCatalogueEntry payslipJobEntry() {
        return new JobCatalogueEntry(JOB, "job.payslipJob", Set.of(Role.PAYROLL_OFFICER),
                List.of(new JobCatalogueEntry.Parameter(PAY_RUN_ID, "job.param.payRunId", true)));
    }

    @Bean
    Job payslipJob(JobRepository jobs, Step writePayslips) {
        return new JobBuilder(JOB, jobs).start(writePayslips).build();
    }

    @Bean
    Step writePayslips(JobRepository jobs, PlatformTransactionManager tm, PayslipSource source, PayslipArchive archive, AuditTrail audit) {
        // One department per call of the tasklet, so each department's archive row commits in a transaction of its own
        return new StepBuilder("writePayslips", jobs).tasklet((contribution, chunk) -> {
            var job = chunk.getStepContext().getStepExecution().getJobExecution();
            long payRunId = Long.parseLong(job.getJobParameters().getString(PAY_RUN_ID));
            String startedBy = job.getJobParameters().getString(JobConventions.STARTED_BY);
            String actor = startedBy == null ? AuditTrail.SYSTEM : startedBy;
            PayslipSource.ReleasedRun run = source.releasedRun(payRunId)
                    .orElseThrow(() -> new IllegalStateException("Lönekörning " + payRunId + " är inte frisläppt"));
            int written = archive.archiveNext(run, renderer(), actor);
            if (written >= 0) {
                contribution.incrementWriteCount(written);
                return RepeatStatus.CONTINUABLE;
            }
            List<PayslipArchive.DepartmentFile> files = archive.files(payRunId);
            int total = files.stream().mapToInt(PayslipArchive.DepartmentFile::payslips).sum();
            String outcome = total + " lönespecifikationer för " + run.period() + " i " + files.size() + " ZIP-filer (en per förvaltning)";
            job.getExecutionContext().putString(JobConventions.OUTCOME, outcome);
            audit.record(actor, "payroll.payslips.archived", "lönekörning " + payRunId, "", outcome);
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /** A renderer per thread: the parsed fonts are not thread-safe. */
    private static final ThreadLocal<PayslipRenderer> RENDERERS = ThreadLocal.withInitial(() -> new PayslipRenderer(PayslipLayout.load()));

    static PayslipRenderer renderer() {
        return RENDERERS.get();
    }

    /**
     * Starts payslipJob for a run once its release has committed: asynchronously and outside a transaction (Spring
     * Batch refuses to start a job inside one, so not an {@code @ApplicationModuleListener}). Should the start fail,
     * the job is started from Körningar with the run's number.
     */
    @Component
    static class OnRelease {
        private final JobLaunches launches;

        OnRelease(JobLaunches launches) {
            this.launches = launches;
        }

        @Async
        @TransactionalEventListener
        void on(PayRunReleased released) {
            launches.start(JOB, Map.of(PAY_RUN_ID, released.payRun().toString()), released.releasedBy());
        }
    }
}

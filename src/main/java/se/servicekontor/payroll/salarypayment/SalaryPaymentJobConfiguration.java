package se.servicekontor.payroll.salarypayment;

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
 * {@code salaryPaymentJob}: the salary payment file (pain.001.001.03, SALA) of one released run, written once and
 * archived with its SHA-256 (kind {@code salary-payment}). Started on {@link PayRunReleased}; restartable from
 * Körningar with {@code payRunId} — a run that has its file keeps it.
 */
@Configuration(proxyBeanMethods = false)
class SalaryPaymentJobConfiguration {

    static final String JOB = "salaryPaymentJob";
    static final String PAY_RUN_ID = "payRunId";

    @Bean
    JobCatalogueEntry salaryPaymentJobEntry() {
        return new JobCatalogueEntry(JOB, "job.salaryPaymentJob", Set.of(Role.PAYROLL_OFFICER),
                List.of(new JobCatalogueEntry.Parameter(PAY_RUN_ID, "job.param.payRunId", true)));
    }

    @Bean
    Job salaryPaymentJob(JobRepository jobs, Step writeSalaryPayment) {
        return new JobBuilder(JOB, jobs).start(writeSalaryPayment).build();
    }

    @Bean
    Step writeSalaryPayment(JobRepository jobs, PlatformTransactionManager tm, SalaryPayments payments) {
        return new StepBuilder("writeSalaryPayment", jobs).tasklet((contribution, chunk) -> {
            var job = chunk.getStepContext().getStepExecution().getJobExecution();
            long payRunId = Long.parseLong(job.getJobParameters().getString(PAY_RUN_ID));
            String startedBy = job.getJobParameters().getString(JobConventions.STARTED_BY);
            SalaryPayment file = payments.produce(payRunId, startedBy == null ? AuditTrail.SYSTEM : startedBy);
            contribution.incrementWriteCount(file.payments());
            job.getExecutionContext().putString(JobConventions.OUTCOME, "Lönefil " + file.messageId() + ": " + file.payments()
                    + " betalningar, " + file.total() + ", betaldag " + file.executionDate() + " — väntar på frisläppning av en andra löneadministratör");
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /** Starts salaryPaymentJob once a run's release has committed (outside a transaction, as Spring Batch requires). */
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

package se.servicekontor.payroll.declaration;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * {@code employerDeclarationJob}: the AGI of a payment month ({@code period}, YYYY-MM) from its latest released run,
 * archived as kind {@code agi}. Started on {@link PayRunReleased}; started again from Körningar after a correction of
 * the month, it declares only the payees whose figures changed (and a new HU); with no change it writes nothing.
 */
@Configuration(proxyBeanMethods = false)
class EmployerDeclarationJobConfiguration {

    static final String JOB = "employerDeclarationJob";
    static final String PERIOD = "period";

    @Bean
    JobCatalogueEntry employerDeclarationJobEntry() {
        return new JobCatalogueEntry(JOB, "job.employerDeclarationJob", Set.of(Role.PAYROLL_OFFICER),
                List.of(new JobCatalogueEntry.Parameter(PERIOD, "job.param.period", true)));
    }

    @Bean
    Job employerDeclarationJob(JobRepository jobs, Step declareMonth) {
        return new JobBuilder(JOB, jobs).start(declareMonth).build();
    }

    @Bean
    Step declareMonth(JobRepository jobs, PlatformTransactionManager tm, EmployerDeclarations declarations) {
        return new StepBuilder("declareMonth", jobs).tasklet((contribution, chunk) -> {
            var job = chunk.getStepContext().getStepExecution().getJobExecution();
            YearMonth period = YearMonth.parse(job.getJobParameters().getString(PERIOD).strip());
            String startedBy = job.getJobParameters().getString(JobConventions.STARTED_BY);
            Optional<EmployerDeclarations.Declaration> made = declarations.declare(period, startedBy == null ? AuditTrail.SYSTEM : startedBy);
            made.ifPresent(d -> contribution.incrementWriteCount(d.individuals()));
            job.getExecutionContext().putString(JobConventions.OUTCOME, made.map(d -> "AGI " + period + " nr " + d.seq() + " ("
                    + (d.kind().equals("CORRECTION") ? "rättelse" : "ursprunglig") + "): " + d.individuals() + " individuppgifter, skatt "
                    + d.tax() + " kr, arbetsgivaravgifter " + d.contributions() + " kr, senast " + d.dueDate())
                    .orElse("AGI " + period + ": inget nytt att deklarera"));
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /** Starts employerDeclarationJob for the month once a run's release has committed. */
    @Component
    static class OnRelease {
        private final JobLaunches launches;

        OnRelease(JobLaunches launches) {
            this.launches = launches;
        }

        @Async
        @TransactionalEventListener
        void on(PayRunReleased released) {
            launches.start(JOB, Map.of(PERIOD, released.period().toString()), released.releasedBy());
        }
    }
}

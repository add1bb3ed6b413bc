package se.servicekontor.contactcenter.indicators;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

import se.servicekontor.platform.Role;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.jobs.JobCatalogueEntry;
import se.servicekontor.platform.jobs.JobConventions;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * {@code indicatorJob}: computes the service indicators of the last {@value #MONTHS} months, nightly
 * ({@code servicekontor.contactcenter.indicator-schedule}, default 02:30; "-" switches it off) and on demand
 * from Kundcenter's indicator page or Körningar. Idempotent: each month is replaced whole.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IndicatorJobConfiguration {

    static final String JOB = "indicatorJob";
    static final int MONTHS = 13;
    private static final Logger log = LoggerFactory.getLogger(IndicatorJobConfiguration.class);

    @Bean
    Job indicatorJob(JobRepository jobs, PlatformTransactionManager tm, ServiceIndicators indicators, Clock clock) {
        Step compute = new StepBuilder("computeIndicators", jobs).tasklet((contribution, chunk) -> {
            YearMonth now = YearMonth.now(clock);
            for (int i = MONTHS - 1; i >= 0; i--)
                indicators.compute(now.minusMonths(i));
            chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString(JobConventions.OUTCOME, "Serviceindikatorer beräknade för " + MONTHS + " månader, "
                            + now.minusMonths(MONTHS - 1) + "–" + now + ".");
            return RepeatStatus.FINISHED;
        }, tm).build();
        return new JobBuilder(JOB, jobs).start(compute).build();
    }

    @Bean
    JobCatalogueEntry indicatorJobEntry() {
        return new JobCatalogueEntry(JOB, "job.indicatorJob", Set.of(Role.AGENT, Role.ECONOMY_OFFICER, Role.PAYROLL_OFFICER), List.of());
    }

    @Bean
    IndicatorRuns indicatorRuns(JobLaunches launches, JobRepository jobs) {
        return new IndicatorRuns(launches, jobs);
    }

    /** Starts indicatorJob nightly and on demand, never while a run is going (each month is replaced whole). */
    static class IndicatorRuns {
        private final JobLaunches launches;
        private final JobRepository jobs;

        IndicatorRuns(JobLaunches launches, JobRepository jobs) {
            this.launches = launches;
            this.jobs = jobs;
        }

        /** The new run's id, or empty when one is already going. */
        synchronized java.util.Optional<Long> startIfIdle(String startedBy) {
            if (!jobs.findRunningJobExecutions(JOB).isEmpty())
                return java.util.Optional.empty();
            return java.util.Optional.of(launches.start(JOB, Map.of(), startedBy));
        }

        @Scheduled(cron = "${servicekontor.contactcenter.indicator-schedule:0 30 2 * * *}", zone = "${servicekontor.time-zone:Europe/Stockholm}")
        void nightly() {
            try {
                startIfIdle(AuditTrail.SYSTEM);
            } catch (RuntimeException e) {
                log.warn("The nightly indicator job could not start: {}", e.getMessage(), e);
            }
        }
    }
}

package se.servicekontor.supplierinvoice.intake;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.jobs.JobLaunches;

/**
 * Starts {@code invoiceIntakeJob} on the schedule {@code servicekontor.invoice.intake.schedule} (default every
 * 5 minutes; "-" switches it off), but only when there is something to pick up and no intake run is going,
 * so that Körningar does not fill with empty runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntakeSchedule {

    private static final Logger log = LoggerFactory.getLogger(IntakeSchedule.class);

    private final JobLaunches launches;
    private final JobRepository jobRepository;
    private final Inbox inbox;
    private final InboxFiles inboxFiles;

    IntakeSchedule(JobLaunches launches, JobRepository jobRepository, Inbox inbox, InboxFiles inboxFiles) {
        this.launches = launches;
        this.jobRepository = jobRepository;
        this.inbox = inbox;
        this.inboxFiles = inboxFiles;
    }

    @Scheduled(cron = "${servicekontor.invoice.intake.schedule:0 */5 * * * *}", zone = "${servicekontor.time-zone:Europe/Stockholm}")
    void run() {
        try {
            startIfNeeded();
        } catch (RuntimeException e) {
            log.warn("Scheduled invoice intake could not start: {}", e.getMessage(), e);
        }
    }

    /** Starts a run when files wait and none is running; returns its id, or null. */
    Long startIfNeeded() {
        if (!jobRepository.findRunningJobExecutions(InvoiceIntakeJobConfiguration.JOB).isEmpty()) {
            return null;
        }
        if (!inbox.hasWaitingFiles() && inboxFiles.adoptable() == 0) {
            return null;
        }
        return launches.start(InvoiceIntakeJobConfiguration.JOB, Map.of(), AuditTrail.SYSTEM);
    }
}

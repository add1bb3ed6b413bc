package se.servicekontor.payroll.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.servicekontor.payroll.employment.EmploymentImports;
import se.servicekontor.payroll.timereport.TimeReportImports;
import se.servicekontor.platform.audit.AuditTrail;

/**
 * Demo profile: once the demo organisation has been imported (its import job has run and none is
 * running), the demo employments ({@code servicekontor.demo.employment-workbook}) are imported once,
 * then the demo time report of October 2026 ({@code servicekontor.demo.time-report}),
 * started by "system" like any import so they show in Körningar. The organisation is imported by a job
 * after start-up, so this waits for it on a background thread (at most ten minutes) instead of racing it.
 */
@Component
@Profile("demo")
class DemoEmploymentLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoEmploymentLoader.class);
    private static final String ORGANISATION_JOB = "organisationImportJob";

    private final EmploymentImports imports;
    private final JobRepository jobRepository;
    private final Path workbook;
    private final TimeReportImports timeReports;
    private final Path timeReport;

    DemoEmploymentLoader(EmploymentImports imports, JobRepository jobRepository, TimeReportImports timeReports,
                         @Value("${servicekontor.demo.employment-workbook:batch-jobs/samples/demo-employments.xlsx}") Path workbook,
                         @Value("${servicekontor.demo.time-report:batch-jobs/samples/demo-time-report-2026-10.csv}") Path timeReport) {
        this.imports = imports;
        this.jobRepository = jobRepository;
        this.workbook = workbook;
        this.timeReports = timeReports;
        this.timeReport = timeReport;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadOnceTheOrganisationIsThere() {
        if (imports.anyReceived())
            return;
        if (!Files.isRegularFile(workbook)) {
            log.warn("Demo employments not loaded: {} does not exist (working directory {}).", workbook, Path.of("").toAbsolutePath());
            return;
        }
        Thread thread = new Thread(this::waitAndLoad, "demo-employments");
        thread.setDaemon(true);
        thread.start();
    }

    private void waitAndLoad() {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        try {
            while (Instant.now().isBefore(giveUp)) {
                if (organisationImported()) {
                    if (!imports.anyReceived()) {
                        long run = imports.start(imports.receive(workbook, AuditTrail.SYSTEM), AuditTrail.SYSTEM);
                        log.info("Importing the demo employments from {} (run {})", workbook, run);
                        while (jobRepository.getJobExecution(run).getEndTime() == null && Instant.now().isBefore(giveUp))
                            Thread.sleep(1_000);
                        if (Files.isRegularFile(timeReport)) {
                            long deviations = timeReports.start(timeReports.receive(timeReport, AuditTrail.SYSTEM), AuditTrail.SYSTEM);
                            log.info("Importing the demo time report from {} (run {})", timeReport, deviations);
                        }
                    }
                    return;
                }
                Thread.sleep(2_000); // polling the job repository; nothing to await in main code
            }
            log.warn("Demo employments not loaded: the demo organisation was not imported within ten minutes.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Demo employments not loaded: {}", e.getMessage());
        }
    }

    private boolean organisationImported() {
        return !jobRepository.getJobInstances(ORGANISATION_JOB, 0, 1).isEmpty()
                && jobRepository.findRunningJobExecutions(ORGANISATION_JOB).isEmpty();
    }
}

package se.servicekontor.organization.importing;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import se.servicekontor.platform.jobs.JobConventions;

/**
 * Links the received file to its run (for Administration), and makes sure every run ends with an
 * outcome a person understands: a refused file fails the job with the refusal as exit description;
 * an interrupted run says what happened and that it can be restarted.
 */
class ImportRunListener implements JobExecutionListener {

    private final ImportRuns importRuns;
    private final JobRepository jobRepository;

    ImportRunListener(ImportRuns importRuns, JobRepository jobRepository) {
        this.importRuns = importRuns;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution job) {
        // a restart carries the previous run's context: its outcome is not this run's
        job.getExecutionContext().remove(JobConventions.OUTCOME);
        job.getExecutionContext().remove(ImportRun.REFUSAL);
        importRuns.started(ImportRun.fileId(job.getJobParameters()), job.getId());
    }

    @Override
    public void afterJob(JobExecution job) {
        ExecutionContext context = job.getExecutionContext();
        if (context.containsKey(ImportRun.REFUSAL)) {
            job.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), context.getString(ImportRun.REFUSAL)));
        } else if (job.getStatus() != BatchStatus.COMPLETED) {
            String outcome = job.getStatus() == BatchStatus.STOPPED
                    ? "Importen stoppades. Det som hann sparas finns kvar; starta om körningen för att fortsätta där den slutade."
                    : "Importen avbröts: " + firstFailure(job)
                      + " Det som hann sparas finns kvar; starta om körningen när felet är åtgärdat.";
            context.putString(JobConventions.OUTCOME, outcome);
            jobRepository.updateExecutionContext(job);
        }
        importRuns.finished(ImportRun.fileId(job.getJobParameters()), context.getString(JobConventions.OUTCOME, null));
    }

    private static String firstFailure(JobExecution job) {
        return job.getAllFailureExceptions().stream()
                .map(ImportRunListener::rootMessage)
                .findFirst().orElse("okänt fel.");
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        message = message.length() > 500 ? message.substring(0, 500) + "…" : message;
        return message.endsWith(".") ? message : message + ".";
    }
}

package se.servicekontor.platform.jobs;

import java.io.PrintStream;
import java.util.function.Function;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import se.servicekontor.platform.jobs.SkippedItems.SkippedItem;

/**
 * What every {@code batch-jobs/run/*.sh} command does once its job is started: wait for the run to end,
 * print the business outcome line, the skipped items and the status, and turn the status into the exit code.
 */
@Service
public class CommandLineRuns {

    private final JobRepository jobRepository;
    private final SkippedItems skippedItems;

    CommandLineRuns(JobRepository jobRepository, SkippedItems skippedItems) {
        this.jobRepository = jobRepository;
        this.skippedItems = skippedItems;
    }

    /** Who a command-line run is recorded as: {@code kommandorad:<OS user>}. */
    public static String startedBy() {
        return "kommandorad:" + System.getProperty("user.name", "okänd");
    }

    /**
     * Waits until the run has ended and reports it on {@code out}, one line per skipped item as
     * {@code skippedLine} writes it. Returns 0 when the run completed, 1 otherwise.
     */
    public int awaitAndReport(long executionId, PrintStream out, Function<SkippedItem, String> skippedLine)
            throws InterruptedException {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        while (execution.getEndTime() == null) {
            Thread.sleep(500); // a command-line wait for the run's end; the process has nothing else to do
            execution = jobRepository.getJobExecution(executionId);
        }
        out.println(execution.getExecutionContext().getString(JobConventions.OUTCOME, "Körningen slutade utan resultatrad."));
        for (SkippedItem item : skippedItems.forExecution(executionId)) {
            out.println("  " + skippedLine.apply(item));
        }
        out.println("Status: " + execution.getStatus() + " (körning " + executionId + ")");
        return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }
}

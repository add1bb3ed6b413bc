package se.servicekontor.platform.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/**
 * Starts jobs by name with string parameters, recording who started them. Runs are asynchronous (the
 * batch task executor); the returned execution id is what Körningar shows.
 */
@Service
public class JobLaunches {

    private final JobOperator jobOperator;
    private final Map<String, Job> jobs;
    private final Clock clock;

    JobLaunches(JobOperator jobOperator, List<Job> jobs, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobs = jobs.stream().collect(java.util.stream.Collectors.toMap(Job::getName, j -> j));
        this.clock = clock;
    }

    public Set<String> jobNames() {
        return new TreeSet<>(jobs.keySet());
    }

    /**
     * Starts a new run of the named job. {@code parameters} identify the run (a file, a period); the
     * start time is added so that the same parameters can be run again on purpose.
     */
    public long start(String jobName, Map<String, String> parameters, String startedBy) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("Okänt jobb: " + jobName);
        }
        JobParametersBuilder builder = new JobParametersBuilder();
        parameters.forEach(builder::addString);
        builder.addString(JobConventions.STARTED_BY, startedBy, false);
        builder.addLong("run.at", clock.millis());
        return start(job, builder.toJobParameters());
    }

    /** Starts the job with exactly these parameters (identifying ones decide whether it is a restart). */
    public long start(Job job, JobParameters parameters) {
        for (int attempt = 1; ; attempt++) {
            try {
                JobExecution execution = jobOperator.start(job, parameters);
                return execution.getId();
            } catch (Exception e) {
                // The job repository creates executions SERIALIZABLE: two jobs started at the same moment (a release
                // and the payslip job it triggers) may conflict; nothing was written, so the start is tried again
                if (attempt < 3 && causedByConcurrency(e)) {
                    sleepQuietly(50L * attempt);
                    continue;
                }
                throw new JobLaunchFailed(job.getName(), e);
            }
        }
    }

    private static boolean causedByConcurrency(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof org.springframework.dao.ConcurrencyFailureException
                    || t.getMessage() != null && t.getMessage().contains("could not serialize access"))
                return true;
        return false;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job could not be started; the message says why. */
    public static class JobLaunchFailed extends RuntimeException {
        JobLaunchFailed(String jobName, Exception cause) {
            super("Jobbet " + jobName + " kunde inte startas: " + cause.getMessage(), cause);
        }
    }
}

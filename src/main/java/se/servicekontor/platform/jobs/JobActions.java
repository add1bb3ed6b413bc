package se.servicekontor.platform.jobs;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.audit.AuditTrail;

/**
 * What an officer does to runs from Körningar, each written to the audit trail (job.start, job.stop,
 * job.restart, job.abandon). Spring Batch's {@link JobOperator} does the work.
 */
@Component
class JobActions {

    private final JobLaunches launches;
    private final JobOperator operator;
    private final JobRepository repository;
    private final AuditTrail audit;
    private final RunningJobs runningJobs;
    private final JobRestarts restarts;

    JobActions(JobLaunches launches, JobOperator operator, JobRepository repository, AuditTrail audit,
               RunningJobs runningJobs, JobRestarts restarts) {
        this.restarts = restarts;
        this.launches = launches;
        this.operator = operator;
        this.repository = repository;
        this.audit = audit;
        this.runningJobs = runningJobs;
    }

    boolean isRunningHere(long executionId) {
        return runningJobs.isRunningHere(executionId);
    }

    long start(String jobName, Map<String, String> parameters, String user) {
        long id = launches.start(jobName, parameters, user);
        audit.record(user, "job.start", subject(jobName, id), null, describe(parameters));
        return id;
    }

    /**
     * Asks a running job to stop at its next chunk boundary, the way Spring Batch 5 did: the execution is
     * marked STOPPING and the job's own thread, at its next commit, sees that and ends the run STOPPED.
     * Not {@link JobOperator#stop}: in Spring Batch 6.0.x it also writes the running step execution from
     * this thread (and an end time, so the run reads STOPPED while it still runs), which races the job's
     * thread and can leave the step FAILED or UNKNOWN (spring-batch issues #5308, #5484, still open).
     */
    void stop(JobExecution execution, String user) {
        BatchStatus before = execution.getStatus();
        if (before != BatchStatus.STARTING && before != BatchStatus.STARTED) {
            throw new JobActionFailed("Körningen går inte och kan inte stoppas (" + before + ").", null);
        }
        for (int attempt = 1; ; attempt++) {
            JobExecution current = repository.getJobExecution(execution.getId());
            if (current == null || !current.isRunning() || current.getStatus() == BatchStatus.STOPPING) {
                break;
            }
            current.setStatus(BatchStatus.STOPPING);
            try {
                repository.update(current);
                break;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    throw new JobActionFailed("Körningen kunde inte stoppas just nu. Försök igen.", e);
                }
            }
        }
        audit.record(user, "job.stop", subject(execution), before.name(), BatchStatus.STOPPING.name());
    }

    long restart(JobExecution execution, String user) {
        refuseWhileRunningHere(execution);
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new JobActionFailed("Bara en stoppad eller misslyckad körning kan startas om; den här är "
                    + execution.getStatus() + ".", null);
        }
        JobExecution restarted;
        restarts.restarting(execution.getJobInstance().getInstanceId(), user);
        try {
            restarted = operator.restart(execution);
        } catch (Exception e) {
            throw new JobActionFailed(e.getMessage(), e);
        }
        audit.record(user, "job.restart", subject(execution), execution.getStatus().name(),
                "körning " + restarted.getId());
        return restarted.getId();
    }

    void abandon(JobExecution execution, String user) {
        refuseWhileRunningHere(execution);
        BatchStatus before = execution.getStatus();
        if (before != BatchStatus.FAILED && before != BatchStatus.STOPPED) {
            throw new JobActionFailed("Bara en stoppad eller misslyckad körning kan överges; den här är " + before + ".", null);
        }
        try {
            operator.abandon(execution);
        } catch (Exception e) {
            throw new JobActionFailed(e.getMessage(), e);
        }
        audit.record(user, "job.abandon", subject(execution), before.name(), BatchStatus.ABANDONED.name());
    }

    private void refuseWhileRunningHere(JobExecution execution) {
        if (runningJobs.isRunningHere(execution.getId())) {
            throw new JobActionFailed("Körningen håller fortfarande på att stoppas. Vänta tills den har stannat.", null);
        }
    }

    /** The id of a later run of the same job instance (a restart), or null when this is the latest. */
    Long laterRunOf(JobExecution execution) {
        JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
        return last == null || last.getId() == execution.getId() ? null : last.getId();
    }

    private static String subject(JobExecution execution) {
        return subject(execution.getJobInstance().getJobName(), execution.getId());
    }

    private static String subject(String jobName, long id) {
        return jobName + " körning " + id;
    }

    private static String describe(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** An action Spring Batch refused, with its reason. */
    static class JobActionFailed extends RuntimeException {
        JobActionFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

package se.servicekontor.platform.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One run as Körningar shows it: title, parameters, status, times, business outcome, per-step counts
 * and progress (items done of items expected, from {@link JobConventions#EXPECTED_ITEMS}).
 */
record JobRun(long id, String jobName, String titleKey, List<Parameter> parameters, String startedBy,
              BatchStatus status, LocalDateTime startTime, LocalDateTime endTime, Duration duration,
              String outcome, String exitCode, String exitMessage, List<Step> steps, long done, Long expected,
              boolean attention, List<Link> outcomeLinks) {

    /** A link from the outcome to its results: the message key of its text and the path. */
    record Link(String labelKey, String path) {
    }

    /** Parameters never shown: the start time that makes each start a new run. */
    private static final Set<String> HIDDEN = Set.of("run.at", JobConventions.STARTED_BY);

    private static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    /** A shown parameter: the message key of its label when the catalogue has one, else its name. */
    record Parameter(String name, String labelKey, String value) {
    }

    /** Counts of one step. */
    record Step(String name, BatchStatus status, long read, long written, long filtered, long skipped,
                long readSkips, long processSkips, long writeSkips, long commits, long rollbacks,
                LocalDateTime startTime, LocalDateTime endTime, String exitMessage) {

        /** The step's name without a partition suffix: "processFile" for "processFile:partition3". */
        public String baseName() {
            int colon = name.indexOf(':');
            return colon < 0 ? name : name.substring(0, colon);
        }

        /** The partition's number counted from 1 ("processFile:partition0" → 1), or null for an unpartitioned step. */
        public Integer partNumber() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":partition(\\d+)$").matcher(name);
            return m.find() ? Integer.parseInt(m.group(1)) + 1 : null;
        }
    }

    /**
     * @param earlierAttempts earlier executions of the same job instance (a restart continues their work,
     *                        so their committed counts of the steps this run executes count as done)
     * @param stillRunning    the run's thread is still going in this JVM, though the repository may
     *                        already say STOPPED (see {@link RunningJobs}); it is then shown as STOPPING
     */
    static JobRun of(JobExecution execution, List<JobExecution> earlierAttempts, JobCatalogue catalogue,
                     LocalDateTime now, boolean stillRunning) {
        String jobName = execution.getJobInstance().getJobName();
        var entry = catalogue.entry(jobName);
        List<Parameter> parameters = execution.getJobParameters().parameters().stream()
                .filter(p -> !HIDDEN.contains(p.name()))
                .sorted(Comparator.comparing(JobParameter::name))
                .map(p -> new Parameter(p.name(), entry.flatMap(e -> e.parameters().stream()
                                .filter(d -> d.name().equals(p.name())).findFirst())
                        .map(JobCatalogueEntry.Parameter::labelKey).orElse(null), String.valueOf(p.value())))
                .toList();
        List<StepExecution> stepExecutions = execution.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId))
                .toList();
        List<Step> steps = stepExecutions.stream().map(JobRun::step).toList();
        Set<String> stepNames = stepExecutions.stream().map(StepExecution::getStepName).collect(Collectors.toSet());
        long done = java.util.stream.Stream.concat(stepExecutions.stream(), earlierAttempts.stream()
                        .filter(e -> e.getId() < execution.getId())
                        .flatMap(e -> e.getStepExecutions().stream())
                        .filter(s -> stepNames.contains(s.getStepName())))
                .filter(s -> !isPartitionManager(s))
                .mapToLong(s -> s.getReadCount() + s.getReadSkipCount()).sum();
        // A partitioned step may say the whole count on its manager and each partition's share on the partitions: count
        // the partitions' (as done counts them), the manager's only while it has none yet — not both (issue 18 item 14: a
        // finished pay run showed 50 %).
        long expectedSum = 0, managerExpected = 0;
        boolean anyExpected = false, anyManagerExpected = false;
        for (StepExecution s : stepExecutions) {
            Object value = s.getExecutionContext().get(JobConventions.EXPECTED_ITEMS);
            if (value instanceof Number n && isPartitionManager(s)) {
                managerExpected += n.longValue();
                anyManagerExpected = true;
            } else if (value instanceof Number n) {
                expectedSum += n.longValue();
                anyExpected = true;
            }
        }
        if (!anyExpected && anyManagerExpected) {
            expectedSum = managerExpected;
            anyExpected = true;
        }
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = execution.getEndTime();
        Duration duration = start == null ? null : Duration.between(start, end != null ? end : now);
        Object outcome = execution.getExecutionContext().get(JobConventions.OUTCOME);
        BatchStatus status = execution.getStatus();
        if (stillRunning && !RUNNING.contains(status)) {
            status = BatchStatus.STOPPING;
            end = null;
            duration = start == null ? null : Duration.between(start, now);
        }
        return new JobRun(execution.getId(), jobName, catalogue.titleKey(jobName), parameters,
                execution.getJobParameters().getString(JobConventions.STARTED_BY),
                status, start, end, duration, outcome == null ? null : outcome.toString(),
                execution.getExitStatus().getExitCode(), exitMessage(execution.getExitStatus().getExitDescription()),
                steps, done, anyExpected ? expectedSum : null,
                Boolean.TRUE.equals(execution.getExecutionContext().get(JobConventions.OUTCOME_ATTENTION)),
                links(execution.getExecutionContext().get(JobConventions.OUTCOME_LINKS)));
    }

    /** "key=/path;key=/path" → links; anything else (or a path not on this site) is left out. */
    static List<Link> links(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(";"))
                .map(part -> part.split("=", 2))
                .filter(kv -> kv.length == 2 && kv[1].startsWith("/") && !kv[1].startsWith("//"))
                .map(kv -> new Link(kv[0].strip(), kv[1].strip()))
                .toList();
    }

    private static Step step(StepExecution s) {
        return new Step(s.getStepName(), s.getStatus(), s.getReadCount(), s.getWriteCount(), s.getFilterCount(),
                s.getSkipCount(), s.getReadSkipCount(), s.getProcessSkipCount(), s.getWriteSkipCount(),
                s.getCommitCount(), s.getRollbackCount(), s.getStartTime(), s.getEndTime(),
                exitMessage(s.getExitStatus().getExitDescription()));
    }

    /** A partitioned step's manager adds up its partitions' counts when they finish; count them once. */
    private static boolean isPartitionManager(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        return context.entrySet().stream().anyMatch(e -> e.getKey().endsWith(".GRID_SIZE"));
    }

    /** The exit description, unless it only says the run was stopped (which the status already says). */
    private static String exitMessage(String text) {
        if (text == null || text.isBlank() || text.strip().equals(JobInterruptedException.class.getName())) {
            return null;
        }
        return text;
    }

    /** First line of the exit message: for a failure usually the exception and its message. */
    public String exitSummary() {
        return exitMessage == null ? null : exitMessage.lines().findFirst().orElse(exitMessage);
    }

    public boolean running() {
        return RUNNING.contains(status);
    }

    public boolean stoppable() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }

    public boolean restartable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    public boolean abandonable() {
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
    }

    /** Whole percent done, or null when the job did not say how many items to expect. */
    public Integer percent() {
        if (expected == null || expected <= 0) {
            return null;
        }
        return (int) Math.min(100, done * 100 / expected);
    }

    // Public: templates call these (SpEL sees only public methods).

    /** Designsystemet colour of the status tag. */
    public String statusColor() {
        return switch (status) {
            case COMPLETED -> attention ? "warning" : "success";
            case FAILED -> "danger";
            case STOPPED, ABANDONED -> "warning";
            case STARTING, STARTED, STOPPING -> "info";
            default -> "neutral";
        };
    }

    /** Message key of the status tag: "Klar – kräver åtgärd" for a finished run that left work for a person. */
    public String statusKey() {
        return "jobs.status." + status.name() + (attention && status == BatchStatus.COMPLETED ? ".attention" : "");
    }

    public long skippedTotal() {
        return steps.stream().mapToLong(Step::skipped).sum();
    }
}

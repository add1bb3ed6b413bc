package se.servicekontor.platform.jobs;

/**
 * Keys every job uses so Körningar can show its progress and business outcome without knowing the job.
 */
public final class JobConventions {

    /** Step execution context: how many items the step expects to process (for the progress bar). */
    public static final String EXPECTED_ITEMS = "servicekontor.expectedItems";

    /** Job execution context: the business outcome line, e.g. "1 204 fakturor mottagna, 3 avvisade". */
    public static final String OUTCOME = "servicekontor.outcome";

    /** Job parameter: the user who started the run (recorded in the audit trail by the job's writers). */
    public static final String STARTED_BY = "startedBy";

    private JobConventions() {
    }
}

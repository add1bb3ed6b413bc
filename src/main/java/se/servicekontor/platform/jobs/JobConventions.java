package se.servicekontor.platform.jobs;

/**
 * Keys every job uses so Körningar can show its progress and business outcome without knowing the job.
 */
public final class JobConventions {

    /** Step execution context: how many items the step expects to process (for the progress bar). */
    public static final String EXPECTED_ITEMS = "servicekontor.expectedItems";

    /** Job execution context: the business outcome line, e.g. "1 204 fakturor mottagna, 3 avvisade". */
    public static final String OUTCOME = "servicekontor.outcome";

    /**
     * Job execution context, optional: {@code true} when the run finished but left items a person must act on (e.g.
     * rejected invoice files), so "Klar" is not shown as an all-clear.
     */
    public static final String OUTCOME_ATTENTION = "servicekontor.outcomeAttention";

    /**
     * Job execution context, optional: links from the outcome to where the results are, as
     * {@code messageKey=/path;messageKey=/path} (the key names the link text).
     */
    public static final String OUTCOME_LINKS = "servicekontor.outcomeLinks";

    /** Job parameter: the user who started the run (recorded in the audit trail by the job's writers). */
    public static final String STARTED_BY = "startedBy";

    private JobConventions() {
    }
}

package se.servicekontor.supplierinvoice.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import se.servicekontor.platform.jobs.JobConventions;

/**
 * The run's business outcome line for Körningar, from the files the run owns: picked up = received +
 * duplicates + rejected + manual + quarantined (+ still waiting when the run stopped), e.g.
 * "12 filer hämtade: 8 mottagna, 1 dubblett, 2 avvisade, 1 för manuell registrering".
 */
final class IntakeOutcome implements StepExecutionListener {

    private final InboxFiles inboxFiles;

    IntakeOutcome(InboxFiles inboxFiles) {
        this.inboxFiles = inboxFiles;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Map<String, Long> counts = inboxFiles.outcomes(step.getJobExecution().getJobInstance().getInstanceId());
        var context = step.getJobExecution().getExecutionContext();
        context.putString(JobConventions.OUTCOME, line(counts));
        context.put(JobConventions.OUTCOME_ATTENTION, needsAction(counts));
        context.putString(JobConventions.OUTCOME_LINKS, links(counts));
        return null;
    }

    /** Rejected, manual and quarantined files wait for an officer: the run is done, the work is not. */
    static boolean needsAction(Map<String, Long> counts) {
        return counts.getOrDefault(InboxFiles.REJECTED, 0L) + counts.getOrDefault(InboxFiles.MANUAL, 0L)
                + counts.getOrDefault(InboxFiles.QUARANTINED, 0L) > 0;
    }

    /** Where the results are: the Inkorg always, Avvisade when a file was rejected. */
    static String links(Map<String, Long> counts) {
        return "si.job.link.inbox=/ekonomicenter/inkorg"
                + (counts.getOrDefault(InboxFiles.REJECTED, 0L) > 0 ? ";si.job.link.rejected=/ekonomicenter/avvisade" : "");
    }

    static String line(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "Inga filer att hämta.";
        }
        List<String> parts = new ArrayList<>();
        add(parts, counts, InboxFiles.RECEIVED, "mottagen", "mottagna");
        add(parts, counts, InboxFiles.DUPLICATE, "dubblett", "dubbletter");
        add(parts, counts, InboxFiles.REJECTED, "avvisad", "avvisade");
        add(parts, counts, InboxFiles.MANUAL, "för manuell registrering", "för manuell registrering");
        add(parts, counts, InboxFiles.QUARANTINED, "i karantän (för många rader)", "i karantän (för många rader)");
        add(parts, counts, "PENDING", "väntar på bearbetning", "väntar på bearbetning");
        return number(total) + (total == 1 ? " fil hämtad: " : " filer hämtade: ") + String.join(", ", parts);
    }

    private static void add(List<String> parts, Map<String, Long> counts, String outcome, String one, String many) {
        long n = counts.getOrDefault(outcome, 0L);
        if (n > 0 || outcome.equals(InboxFiles.RECEIVED)) {
            parts.add(number(n) + " " + (n == 1 ? one : many));
        }
    }

    /** 1 204 with a no-break space, as the rest of the office writes numbers. */
    private static String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("sv-SE")).format(n);
    }
}

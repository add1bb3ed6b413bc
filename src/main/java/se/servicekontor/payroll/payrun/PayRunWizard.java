package se.servicekontor.payroll.payrun;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the Lönekörning wizard shows for one payment month and one user: which step is current, which
 * run's totals and error list are on the page, and which buttons the user gets (and why not).
 *
 * @param runs    the month's runs (from {@link PayRuns#current})
 * @param canAct  the user may start and release runs (payroll officers, administrators)
 * @param user    the user's name, for the four-eyes check
 */
public record PayRunWizard(PeriodRuns runs, boolean canAct, String user) {

    /** The wizard's steps in order; LOCKED is the end state. */
    public enum Step {
        PERIOD, PRELIMINARY, ERRORS, FINAL, RELEASE, LOCKED;

        public int number() {
            return ordinal() + 1;
        }
    }

    /** One step in the step list: done, current or to do. */
    public record StepState(Step step, boolean done, boolean current) {
        public String key() {
            return "payroll.payrun.step." + step.name();
        }

        public int number() {
            return step.number();
        }
    }

    public Step current() {
        if (runs.locked())
            return Step.LOCKED;
        if (runs.running())
            return runs.latest().map(r -> r.kind() == PayRunKind.FINAL ? Step.FINAL : Step.PRELIMINARY).orElse(Step.PRELIMINARY);
        if (finalIsCurrent())
            return Step.RELEASE;
        return runs.preliminary().map(p -> p.hasBlockingErrors() ? Step.ERRORS : Step.FINAL).orElse(Step.PRELIMINARY);
    }

    public List<StepState> steps() {
        Step current = current();
        return Arrays.stream(Step.values())
                .map(s -> new StepState(s, s.ordinal() < current.ordinal() || current == Step.LOCKED, s == current && current != Step.LOCKED))
                .toList();
    }

    /** The final run is newer than the current preliminary (a preliminary run after it starts the cycle again). */
    private boolean finalIsCurrent() {
        return runs.finalRun().map(f -> runs.preliminary().map(p -> f.id().value() > p.id().value()).orElse(true)).orElse(false);
    }

    /** The run whose totals and error list the page shows: the current final run, else the current preliminary. */
    public Optional<PayRunView> shown() {
        return finalIsCurrent() ? runs.finalRun() : runs.preliminary();
    }

    /** The newest run failed (its JVM died, it was stopped): the page links to Körningar to restart it. */
    public Optional<PayRunView> failed() {
        return runs.latest().filter(r -> r.status() == PayRunStatus.FAILED);
    }

    public Optional<PayRunView> running() {
        return runs.latest().filter(r -> r.status() == PayRunStatus.RUNNING);
    }

    public Optional<PayRunView> released() {
        return runs.finalRun().filter(r -> r.status() == PayRunStatus.RELEASED);
    }

    private boolean open() {
        return canAct && !runs.locked() && !runs.running();
    }

    public boolean mayStartPreliminary() {
        return open();
    }

    /** The final run button is shown once there is a preliminary result newer than any final run. */
    public boolean showsFinalButton() {
        return open() && runs.preliminary().isPresent() && !finalIsCurrent();
    }

    /** Errors of the current preliminary that block the final run (0 = the button is enabled). */
    public int finalBlockedBy() {
        return runs.preliminary().map(PayRunView::errors).orElse(0);
    }

    /** A calculated final run waits for a second officer's release. */
    public Optional<PayRunView> awaitingRelease() {
        return finalIsCurrent() ? runs.finalRun().filter(r -> r.status() == PayRunStatus.CALCULATED) : Optional.empty();
    }

    /** The user started the final run, so somebody else must release it (four-eyes). */
    public boolean startedFinal() {
        return awaitingRelease().map(r -> r.startedBy().equalsIgnoreCase(user == null ? "" : user.strip())).orElse(false);
    }

    public boolean mayRelease() {
        return open() && awaitingRelease().isPresent() && !startedFinal() && awaitingRelease().get().errors() == 0;
    }
}

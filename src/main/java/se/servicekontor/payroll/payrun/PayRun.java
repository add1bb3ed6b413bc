package se.servicekontor.payroll.payrun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import se.servicekontor.payroll.PayRunId;
import se.servicekontor.shared.FourEyes;

/**
 * A pay run (lönekörning) of one payment month: the aggregate that guards its own life cycle.
 * RUNNING → CALCULATED or FAILED (by the job); CALCULATED → SUPERSEDED by a newer calculated run of the
 * month; a CALCULATED FINAL run without errors → RELEASED by another officer than the one who started it.
 */
final class PayRun {

    private final PayRunId id;
    private final YearMonth period;
    private final PayRunKind kind;
    private final String startedBy;
    private final LocalDate payday;
    private final int errors;
    private PayRunStatus status;
    private String releasedBy;
    private Instant releasedAt;
    /** Everyone who started or restarted the run (pay_run_officer), the starter included. */
    private final java.util.List<String> officers;

    PayRun(PayRunId id, YearMonth period, PayRunKind kind, PayRunStatus status, String startedBy, LocalDate payday, int errors,
           String releasedBy, Instant releasedAt) {
        this(id, period, kind, status, startedBy, payday, errors, releasedBy, releasedAt, java.util.List.of());
    }

    PayRun(PayRunId id, YearMonth period, PayRunKind kind, PayRunStatus status, String startedBy, LocalDate payday, int errors,
           String releasedBy, Instant releasedAt, java.util.List<String> officers) {
        this.officers = java.util.List.copyOf(officers);
        this.id = Objects.requireNonNull(id);
        this.period = Objects.requireNonNull(period);
        this.kind = Objects.requireNonNull(kind);
        this.status = Objects.requireNonNull(status);
        this.startedBy = Objects.requireNonNull(startedBy);
        this.payday = Objects.requireNonNull(payday);
        this.errors = errors;
        this.releasedBy = releasedBy;
        this.releasedAt = releasedAt;
    }

    /** Releases a calculated final run for payment; no officer who started or restarted it may (four-eyes). */
    PayRun release(String actor, Instant at) {
        if (kind != PayRunKind.FINAL)
            throw new PayRunRefused("Lönekörning " + id + " är preliminär; bara en slutlig lönekörning kan attesteras.");
        if (status != PayRunStatus.CALCULATED)
            throw new PayRunRefused("Lönekörning " + id + " kan inte attesteras: den är " + status.swedish().toLowerCase()
                    + ". Bara en beräknad slutlig körning kan attesteras.");
        if (errors > 0)
            throw new PayRunRefused("Lönekörning " + id + " har " + errors + (errors == 1 ? " fel" : " fel")
                    + " i fellistan. Rätta dem och gör en ny slutlig körning innan den attesteras.");
        // fyraögonsprincipen (issue 12, part 3): whoever started or restarted the final run prepared it and may not release it
        if (FourEyes.samePerson(startedBy, actor) || officers.stream().anyMatch(o -> FourEyes.samePerson(o, actor)))
            throw new FourEyesViolation(id, actor);
        status = PayRunStatus.RELEASED;
        releasedBy = actor;
        releasedAt = at;
        return this;
    }

    PayRunId id() {
        return id;
    }

    YearMonth period() {
        return period;
    }

    PayRunKind kind() {
        return kind;
    }

    PayRunStatus status() {
        return status;
    }

    String startedBy() {
        return startedBy;
    }

    LocalDate payday() {
        return payday;
    }

    String releasedBy() {
        return releasedBy;
    }

    Instant releasedAt() {
        return releasedAt;
    }
}

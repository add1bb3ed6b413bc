package se.servicekontor.payroll.referencedata;

import java.time.Instant;
import java.util.Objects;

import se.servicekontor.shared.FourEyes;

/**
 * One kind's reference data for one year (a tax-table file, a year's contribution rates …): the aggregate
 * that guards its life cycle. PROPOSED → ACTIVE (confirmed; by another administrator when the kind needs
 * four-eyes) → REPLACED by a corrected set; a proposal may be WITHDRAWN.
 */
final class ReferenceDataSet {

    enum Status { PROPOSED, ACTIVE, REPLACED, WITHDRAWN }

    private final long id;
    private final ReferenceDataKind kind;
    private final int year;
    private final String sha256;
    private final String fileName;
    private final String source;
    private final boolean unconfirmed;
    private final String summary;
    private final String proposedBy;
    private final Instant proposedAt;
    private final int version;
    private Status status;
    private String confirmedBy;
    private Instant confirmedAt;

    ReferenceDataSet(long id, ReferenceDataKind kind, int year, Status status, String sha256, String fileName, String source,
                     boolean unconfirmed, String summary, String proposedBy, Instant proposedAt, String confirmedBy,
                     Instant confirmedAt, int version) {
        this.id = id;
        this.kind = Objects.requireNonNull(kind);
        this.year = year;
        this.status = Objects.requireNonNull(status);
        this.sha256 = sha256;
        this.fileName = fileName;
        this.source = source;
        this.unconfirmed = unconfirmed;
        this.summary = summary;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
        this.version = version;
    }

    /** Makes a proposed set the year's active one; a kind with four-eyes needs another person than the proposer. */
    // DOMAIN.md §3: reference data is "editable by an administrator and audited"; issue 17: one proposes, another confirms
    void confirm(String actor, Instant at) {
        if (status != Status.PROPOSED)
            throw new ReferenceDataRefused("referencedata.refused.notProposed", id, status.name());
        if (kind.fourEyes() && FourEyes.samePerson(proposedBy, actor))
            throw new ReferenceDataRefused("referencedata.refused.fourEyes", id, proposedBy);
        status = Status.ACTIVE;
        confirmedBy = actor;
        confirmedAt = at;
    }

    /** A proposal taken back. */
    void withdraw() {
        if (status != Status.PROPOSED)
            throw new ReferenceDataRefused("referencedata.refused.notProposed", id, status.name());
        status = Status.WITHDRAWN;
    }

    /** The active set gives way to a corrected one of the same kind and year. */
    void replace() {
        if (status != Status.ACTIVE)
            throw new ReferenceDataRefused("referencedata.refused.notActive", id, status.name());
        status = Status.REPLACED;
    }

    long id() { return id; }
    ReferenceDataKind kind() { return kind; }
    int year() { return year; }
    Status status() { return status; }
    String sha256() { return sha256; }
    String fileName() { return fileName; }
    String source() { return source; }
    boolean unconfirmed() { return unconfirmed; }
    String summary() { return summary; }
    String proposedBy() { return proposedBy; }
    Instant proposedAt() { return proposedAt; }
    String confirmedBy() { return confirmedBy; }
    Instant confirmedAt() { return confirmedAt; }
    int version() { return version; }

    /** What the page and the audit log show of the set. */
    String describe() {
        return kind + " " + year + " " + status + " (" + summary + ", SHA-256 " + sha256.substring(0, 12) + "…, källa: " + source
                + (unconfirmed ? ", ej beslutad i lag" : "") + ")";
    }
}

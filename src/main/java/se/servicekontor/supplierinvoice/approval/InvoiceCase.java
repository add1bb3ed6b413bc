package se.servicekontor.supplierinvoice.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.shared.FourEyes;
import se.servicekontor.shared.OrganisationNumber;
import se.servicekontor.supplierinvoice.CodingLine;
import se.servicekontor.supplierinvoice.InvoiceApproved;
import se.servicekontor.supplierinvoice.InvoiceId;
import se.servicekontor.supplierinvoice.InvoiceRejected;
import se.servicekontor.supplierinvoice.InvoiceReturned;
import se.servicekontor.supplierinvoice.InvoiceReviewed;
import se.servicekontor.supplierinvoice.InvoiceRouted;
import se.servicekontor.supplierinvoice.SupplierId;
import se.servicekontor.supplierinvoice.VatTreatment;

/**
 * The life cycle of one received invoice from routing to approved, rejected or returned: the one place where its
 * state changes. Each change is one method that checks the current state and says in words what is wrong
 * ({@link Refused}); it registers the event that the repository publishes on save. {@code version} is the
 * optimistic lock: of two approvers acting at once, the second one's save fails and they are told.
 * <p>
 * Rights from the attest register are {@link ApprovalRules}'; the rules that depend on the invoice alone are
 * here: coding adds up to the amount excluding VAT, the two steps are two people, nobody approves what they
 * coded alone.
 */
@Entity
@Table(name = "invoice_case")
public class InvoiceCase extends AbstractAggregateRoot<InvoiceCase> {

    /** Where an invoice stands after intake. */
    public enum State {
        /** No routing-table row matched (or no reference at all): in Ekonomicenter's exception queue. */
        UNROUTABLE,
        /** Routed to a cost centre; waits for coding and granskningsattest. */
        AWAITING_REVIEW,
        /** Reviewed; waits for beslutsattest. */
        AWAITING_DECISION,
        APPROVED,
        /** Rejected by an approver with a comment: back with Ekonomicenter. */
        REJECTED,
        /** Returned to the supplier (date and reason recorded): will not be paid. */
        RETURNED;

        boolean waitingForApprover() {
            return this == AWAITING_REVIEW || this == AWAITING_DECISION;
        }
    }

    @Id
    @Column(name = "invoice_id")
    private Long invoiceId;

    @Version
    private Long version;

    @Enumerated(EnumType.STRING)
    private State state;
    private Instant stateSince;
    private Instant receivedAt;
    private Long supplierId;
    private String supplierOrgNumber;
    private String invoiceNumber;
    private boolean creditNote;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private String currency;
    private BigDecimal net;
    private BigDecimal vat;
    private BigDecimal total;
    private BigDecimal payable;
    private String costCentre;
    private String assignee;
    private String stuckReason;
    private String codedBy;
    private String reviewedBy;
    private Instant reviewedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String rejectedBy;
    private Instant rejectedAt;
    private String rejectComment;
    private LocalDate returnedOn;
    private String returnReason;
    private String returnedBy;
    private LocalDate remindedOn;
    private String escalatedTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_coding_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_no")
    private List<Line> coding = new ArrayList<>();

    protected InvoiceCase() {
    }

    /** The facts of the received invoice the life cycle needs; amounts signed (negative on a credit note). */
    public record Facts(InvoiceId id, SupplierId supplier, String supplierOrganisationNumber, String invoiceNumber,
                        boolean creditNote, LocalDate issueDate, LocalDate dueDate, String currency, BigDecimal net,
                        BigDecimal vat, BigDecimal total, BigDecimal payable, Instant receivedAt) {
        public Facts {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(invoiceNumber, "invoiceNumber");
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /** A received invoice that no routing-table row matched: to the exception queue with the reason. */
    static InvoiceCase unroutable(Facts facts, String reason, Instant at) {
        InvoiceCase c = new InvoiceCase(facts);
        c.moveTo(State.UNROUTABLE, at);
        c.stuckReason = Objects.requireNonNull(reason, "reason");
        return c;
    }

    /** A received invoice routed at receipt to the cost centre and its reviewer. */
    static InvoiceCase routed(Facts facts, CostCentreCode costCentre, String reviewer, String by, Instant at) {
        InvoiceCase c = new InvoiceCase(facts);
        c.state = State.UNROUTABLE; // the one state route() starts from at receipt
        c.route(costCentre, reviewer, by, at);
        return c;
    }

    private InvoiceCase(Facts f) {
        invoiceId = f.id().value();
        receivedAt = f.receivedAt();
        supplierId = f.supplier() == null ? null : f.supplier().value();
        supplierOrgNumber = f.supplierOrganisationNumber();
        invoiceNumber = f.invoiceNumber();
        creditNote = f.creditNote();
        issueDate = f.issueDate();
        dueDate = f.dueDate();
        currency = f.currency();
        net = f.net();
        vat = f.vat() == null ? BigDecimal.ZERO.setScale(2) : f.vat();
        total = f.total() == null ? net.add(vat) : f.total();
        payable = f.payable() == null ? total : f.payable();
    }

    /** Routes an unroutable or rejected invoice (by hand, or at receipt) to the cost centre and its reviewer. */
    void route(CostCentreCode to, String reviewer, String by, Instant at) {
        if (state != State.UNROUTABLE && state != State.REJECTED) {
            throw new Refused("approval.refused.route", "Fakturan är {0} och kan inte styras om.", stateText());
        }
        Objects.requireNonNull(to, "cost centre");
        if (reviewer == null || reviewer.isBlank()) {
            throw new Refused("approval.refused.noReviewer", "Ange vem som granskar fakturan.");
        }
        costCentre = to.value();
        assignee = reviewer.strip();
        stuckReason = null;
        reviewedBy = null;
        reviewedAt = null;
        moveTo(State.AWAITING_REVIEW, at);
        registerEvent(new InvoiceRouted(id(), to, assignee, by, at));
    }

    /**
     * Replaces the coding lines. Allowed until the invoice is reviewed (Ekonomicenter, the reviewer); the person
     * is remembered as one of its coders.
     */
    void code(List<CodingLine> lines, String by, Instant at) {
        if (state != State.UNROUTABLE && state != State.AWAITING_REVIEW && state != State.REJECTED) {
            throw new Refused("approval.refused.coding", "Fakturan är {0}: konteringen kan inte ändras.", stateText());
        }
        for (CodingLine line : lines) {
            if (line.amount().signum() != 0 && line.amount().signum() != net.signum() && net.signum() != 0) {
                throw new Refused("approval.refused.codingSign", creditNote
                        ? "En kreditnota konteras med negativa belopp (rad {0})."
                        : "En faktura konteras med positiva belopp (rad {0}).", lines.indexOf(line) + 1);
            }
        }
        coding.clear();
        lines.forEach(l -> coding.add(Line.of(l)));
        Set<String> coders = coders();
        coders.add(by.strip());
        codedBy = String.join(",", coders);
    }

    /** Amount excluding VAT minus the coded amounts: zero when the coding adds up. */
    public BigDecimal codingDifference() {
        return net.subtract(coding.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public boolean fullyCoded() {
        return !coding.isEmpty() && codingDifference().signum() == 0;
    }

    /** Granskningsattest. The rights were checked by {@link ApprovalRules}; {@code nextApprover} null when nobody can decide. */
    void review(String by, String nextApprover, String whyNobody, Instant at) {
        if (state != State.AWAITING_REVIEW) {
            throw new Refused("approval.refused.review", "Fakturan är {0}: den kan inte granskas nu.", stateText());
        }
        requireFullyCoded();
        requireNotSoleCoder(by);
        reviewedBy = by;
        reviewedAt = at;
        assignee = nextApprover;
        stuckReason = nextApprover == null ? whyNobody : null;
        moveTo(State.AWAITING_DECISION, at);
        registerEvent(new InvoiceReviewed(id(), by, at, nextApprover));
    }

    /** Whether the person may decide on this invoice as far as the invoice itself says (rights aside). */
    void checkMayDecide(String by) {
        if (state != State.AWAITING_DECISION) {
            throw new Refused("approval.refused.decide", "Fakturan är {0}: den kan inte beslutsattesteras nu.", stateText());
        }
        requireFullyCoded();
        if (FourEyes.samePerson(by, reviewedBy)) {
            throw new Refused("approval.refused.samePerson",
                    "{0} granskade fakturan och kan inte också beslutsattestera den: två olika personer krävs.", by);
        }
        requireNotSoleCoder(by);
    }

    /** Beslutsattest: approved for payment and posting. */
    void approve(String by, Instant at) {
        checkMayDecide(by);
        approvedBy = by;
        approvedAt = at;
        assignee = null;
        stuckReason = null;
        moveTo(State.APPROVED, at);
        registerEvent(new InvoiceApproved(id(), supplierId == null ? null : new SupplierId(supplierId),
                supplierOrgNumber == null ? null : new OrganisationNumber(supplierOrgNumber), invoiceNumber, creditNote,
                issueDate, dueDate, currency, total, vat, payable, codingLines(), reviewedBy, by, at));
    }

    /** Rejected by an approver on either step: back to Ekonomicenter with the comment. */
    void reject(String by, String comment, Instant at) {
        if (!state.waitingForApprover()) {
            throw new Refused("approval.refused.reject", "Fakturan är {0}: den kan inte avvisas nu.", stateText());
        }
        if (comment == null || comment.isBlank()) {
            throw new Refused("approval.refused.comment", "Skriv en kommentar: varför avvisas fakturan?");
        }
        rejectedBy = by;
        rejectedAt = at;
        rejectComment = comment.strip();
        assignee = null;
        stuckReason = null;
        moveTo(State.REJECTED, at);
        registerEvent(new InvoiceRejected(id(), by, rejectComment, at));
    }

    /** Returned to the supplier by Ekonomicenter (an unroutable or rejected invoice), with the day and reason. */
    void returnToSupplier(String by, String reason, LocalDate on, Instant at) {
        if (state != State.UNROUTABLE && state != State.REJECTED) {
            throw new Refused("approval.refused.return", "Fakturan är {0}: bara en ostyrd eller avvisad faktura kan returneras.",
                    stateText());
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("approval.refused.returnReason", "Skriv varför fakturan returneras till leverantören.");
        }
        returnedBy = by;
        returnedOn = on;
        returnReason = reason.strip();
        assignee = null;
        stuckReason = null;
        moveTo(State.RETURNED, at);
        registerEvent(new InvoiceReturned(id(), on, returnReason, by, at));
    }

    /** Forwards the current step to a colleague (whose right {@link ApprovalRules} checked). */
    void forward(String to, String by) {
        if (!state.waitingForApprover()) {
            throw new Refused("approval.refused.forward", "Fakturan är {0}: den kan inte skickas vidare.", stateText());
        }
        if (state == State.AWAITING_DECISION && FourEyes.samePerson(to, reviewedBy)) {
            throw new Refused("approval.refused.samePerson",
                    "{0} granskade fakturan och kan inte också beslutsattestera den: två olika personer krävs.", to);
        }
        assignee = to.strip();
        stuckReason = null;
    }

    /** The reminder job flagged it today; {@code escalatedTo} the department head when it is overdue. */
    void remind(LocalDate on, String escalatedTo) {
        remindedOn = on;
        if (escalatedTo != null) {
            this.escalatedTo = escalatedTo;
        }
    }

    private void requireFullyCoded() {
        if (coding.isEmpty()) {
            throw new Refused("approval.refused.notCoded", "Fakturan är inte konterad.");
        }
        BigDecimal diff = codingDifference();
        if (diff.signum() != 0) {
            throw new Refused("approval.refused.codingDifference",
                    "Konteringen går inte jämnt ut: {0} kr skiljer mot fakturans belopp exklusive moms.", ApprovalRules.kronor(diff));
        }
    }

    /** Whether {@code by} is the only person who coded the invoice ({@code codedBy}: comma-separated coders). */
    static boolean soleCoder(String codedBy, String by) {
        if (codedBy == null || codedBy.isBlank()) {
            return false;
        }
        String[] coders = codedBy.split(",");
        return java.util.Arrays.stream(coders).distinct().count() == 1 && FourEyes.samePerson(coders[0], by);
    }

    private void requireNotSoleCoder(String by) {
        if (soleCoder(codedBy, by)) {
            throw new Refused("approval.refused.soleCoder",
                    "{0} konterade fakturan ensam och kan inte attestera den.", by);
        }
    }

    private Set<String> coders() {
        Set<String> set = new LinkedHashSet<>();
        if (codedBy != null && !codedBy.isBlank()) {
            set.addAll(Arrays.asList(codedBy.split(",")));
        }
        return set;
    }

    private void moveTo(State next, Instant at) {
        state = next;
        stateSince = at;
    }

    private String stateText() {
        return switch (state) {
            case UNROUTABLE -> "ostyrd";
            case AWAITING_REVIEW -> "hos granskare";
            case AWAITING_DECISION -> "hos beslutsattestant";
            case APPROVED -> "attesterad";
            case REJECTED -> "avvisad";
            case RETURNED -> "returnerad till leverantören";
        };
    }

    /** The events registered since the last save (tests look at them; the repository publishes them). */
    java.util.List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public InvoiceId id() {
        return new InvoiceId(invoiceId);
    }

    public List<CodingLine> codingLines() {
        return coding.stream().map(Line::toCodingLine).toList();
    }

    public State state() { return state; }
    public Instant stateSince() { return stateSince; }
    public Instant receivedAt() { return receivedAt; }
    public Long supplierId() { return supplierId; }
    public String supplierOrganisationNumber() { return supplierOrgNumber; }
    public String invoiceNumber() { return invoiceNumber; }
    public boolean creditNote() { return creditNote; }
    public LocalDate dueDate() { return dueDate; }
    public LocalDate issueDate() { return issueDate; }
    public String currency() { return currency; }
    public BigDecimal net() { return net; }
    public BigDecimal vat() { return vat; }
    public BigDecimal total() { return total; }
    public BigDecimal payable() { return payable; }
    public CostCentreCode costCentre() { return costCentre == null ? null : new CostCentreCode(costCentre); }
    public String assignee() { return assignee; }
    public String stuckReason() { return stuckReason; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String rejectedBy() { return rejectedBy; }
    public String rejectComment() { return rejectComment; }
    public LocalDate returnedOn() { return returnedOn; }
    public String returnReason() { return returnReason; }
    public LocalDate remindedOn() { return remindedOn; }
    public String escalatedTo() { return escalatedTo; }
    public Long version() { return version; }

    /** One stored coding line. */
    @Embeddable
    static class Line {
        private String account;
        private String costCentre;
        private String activity;
        private String project;
        private BigDecimal amount;
        @Enumerated(EnumType.STRING)
        private VatTreatment vatTreatment;

        protected Line() {
        }

        static Line of(CodingLine l) {
            Line line = new Line();
            line.account = l.account();
            line.costCentre = l.costCentre().value();
            line.activity = l.activity();
            line.project = l.project();
            line.amount = l.amount();
            line.vatTreatment = l.vatTreatment();
            return line;
        }

        CodingLine toCodingLine() {
            return new CodingLine(account, new CostCentreCode(costCentre), activity, project, amount, vatTreatment);
        }
    }
}

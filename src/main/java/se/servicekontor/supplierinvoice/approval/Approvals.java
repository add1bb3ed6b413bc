package se.servicekontor.supplierinvoice.approval;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.organization.AttestGrant.Step;
import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.shared.FourEyes;
import se.servicekontor.supplierinvoice.CodingAccounts;
import se.servicekontor.supplierinvoice.CodingLine;
import se.servicekontor.supplierinvoice.InvoiceId;

/**
 * The approval workflow's commands: each loads the invoice's case, asks {@link ApprovalRules} whether the person may
 * act, lets the aggregate change its state, saves (publishing its event) and audits before → after, in one
 * transaction. A concurrent change of the same invoice (optimistic lock) is refused in words.
 */
@Service
public class Approvals {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final InvoiceCases cases;
    private final ApproverRegister register;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final CodingAccounts accounts;

    Approvals(InvoiceCases cases, ApproverRegister register, AuditTrail audit, Clock clock, PlatformTransactionManager tm,
              CodingAccounts accounts) {
        this.accounts = accounts;
        this.cases = cases;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(tm);
    }

    /** Granskningsattest by {@code user}. */
    public void review(InvoiceId id, String user) {
        change(id, user, "reviewed", c -> {
            LocalDate today = today();
            ApprovalRules rules = rules(c);
            rules.check(question(c, user, Step.REVIEW, today));
            List<String> excluded = List.of(user);
            String next = rules.nextApprover(Step.DECISION, c.costCentre(), c.total(), c.supplierOrganisationNumber(), today,
                    excluded).orElse(null);
            c.review(user, next, next == null ? "ingen beslutsattestant på ansvar " + c.costCentre()
                    + " har beloppsgräns för " + ApprovalRules.kronor(c.total().abs()) + " kr" : null, clock.instant());
        });
    }

    /** Beslutsattest by {@code user}: publishes InvoiceApproved. */
    public void approve(InvoiceId id, String user) {
        change(id, user, "approved", c -> {
            c.checkMayDecide(user);
            rules(c).check(question(c, user, Step.DECISION, today()));
            c.approve(user, clock.instant());
        });
    }

    /** The step the invoice waits for: review first, then decision. */
    public void approveStep(InvoiceId id, String user) {
        InvoiceCase c = load(id);
        if (c.state() == InvoiceCase.State.AWAITING_REVIEW) {
            review(id, user);
        } else {
            approve(id, user);
        }
    }

    /** Rejects on either step, back to Ekonomicenter; the comment is mandatory. */
    public void reject(InvoiceId id, String user, String comment) {
        change(id, user, "rejected", c -> {
            if (c.state().waitingForApprover()) {
                rules(c).check(question(c, user, step(c), today()));
            }
            c.reject(user, comment, clock.instant());
        });
    }

    /** Forwards the current step to a colleague who holds the right for it. */
    public void forward(InvoiceId id, String user, String to) {
        change(id, user, "forwarded", c -> {
            if (!c.state().waitingForApprover()) {
                c.forward(to, user); // says why not
            }
            ApprovalRules rules = rules(c);
            rules.check(question(c, user, step(c), today()));
            rules.check(question(c, to, step(c), today()));
            c.forward(to, user);
        });
    }

    /** Ekonomicenter or the reviewer: codes the invoice (replaces its lines) on accounts of the chart valid today. */
    public void code(InvoiceId id, List<CodingLine> lines, String user) {
        LocalDate today = today();
        for (int i = 0; i < lines.size(); i++) {
            String account = lines.get(i).account();
            if (accounts.nameOf(account, today).isEmpty()) {
                throw new Refused("approval.refused.account", "Rad {0}: konto {1} går inte att kontera på den {2}.",
                        i + 1, account, today);
            }
        }
        change(id, user, "coded", c -> c.code(lines, user, clock.instant()));
    }

    /** The coding to show on the coding page: the invoice's own, else a proposal from the supplier's last approved one. */
    List<CodingLine> codingOrProposal(InvoiceCase c) {
        if (!c.codingLines().isEmpty()) {
            return c.codingLines();
        }
        List<CodingLine> last = c.supplierId() == null ? List.of()
                : cases.findFirstBySupplierIdAndStateOrderByApprovedAtDesc(c.supplierId(), InvoiceCase.State.APPROVED)
                        .map(InvoiceCase::codingLines).orElse(List.of());
        return CodingProposal.propose(c.net(), c.costCentre(), last);
    }

    /** Ekonomicenter: routes an unroutable or rejected invoice by hand. */
    public void route(InvoiceId id, CostCentreCode costCentre, String reviewer, String user) {
        change(id, user, "routed", c -> c.route(costCentre, reviewer, user, clock.instant()));
    }

    /** Ekonomicenter: returns an unroutable or rejected invoice to the supplier with the reason. */
    public void returnToSupplier(InvoiceId id, String reason, String user) {
        change(id, user, "returned", c -> c.returnToSupplier(user, reason, today(), clock.instant()));
    }

    /** What bulk approval did: how many were approved and why the others were not (invoice id → reason). */
    public record BulkOutcome(int approved, Map<InvoiceId, String> refused) {
    }

    /** Approves (the current step of) each invoice in its own transaction: one refusal stops no other. */
    public BulkOutcome approveAll(List<InvoiceId> ids, String user) {
        int approved = 0;
        Map<InvoiceId, String> refused = new LinkedHashMap<>();
        for (InvoiceId id : ids) {
            try {
                approveStep(id, user);
                approved++;
            } catch (Refused r) {
                refused.put(id, r.getMessage());
            }
        }
        return new BulkOutcome(approved, refused);
    }

    /**
     * Why the user cannot approve the invoice's current step now, or null when they can: what bulk approval's button
     * counts. The same rules as {@link #approveStep}, read from a list row.
     */
    String whyNot(InboxQueries.Row row, String user, ApprovalRules rules, LocalDate today) {
        if (!row.state().waitingForApprover()) {
            return "inte hos attestant";
        }
        if (row.lines() == 0) {
            return "inte konterad";
        }
        if (!row.fullyCoded()) {
            return "konteringen skiljer " + ApprovalRules.kronor(row.difference()) + " kr";
        }
        if (row.state() == InvoiceCase.State.AWAITING_DECISION && FourEyes.samePerson(user, row.reviewedBy())) {
            return "du granskade den";
        }
        if (InvoiceCase.soleCoder(row.codedBy(), user)) {
            return "du konterade den ensam";
        }
        Step step = row.state() == InvoiceCase.State.AWAITING_DECISION ? Step.DECISION : Step.REVIEW;
        try {
            rules.check(new ApprovalRules.Question(user, step, new CostCentreCode(row.costCentre()), row.total(),
                    row.supplierOrganisationNumber(), today));
            return null;
        } catch (Refused r) {
            return r.getMessage();
        }
    }

    /**
     * What an approver sees on a day: invoices assigned to them or to the absent holders they substitute for, on the
     * cost centres where they hold (or substitute for) a valid right.
     */
    record Scope(String user, LocalDate today, ApprovalRules rules, Set<String> assignees, Set<String> costCentres) {
    }

    Scope scopeOf(String user) {
        LocalDate today = today();
        ApprovalRules rules = register.rulesNaming(user);
        Set<String> principals = rules.principalsOf(user, today);
        Set<String> assignees = new java.util.TreeSet<>(principals);
        assignees.add(user.strip().toLowerCase(java.util.Locale.ROOT));
        Set<String> costCentres = new java.util.TreeSet<>();
        rules.grants().stream().filter(g -> g.validOn(today))
                .filter(g -> FourEyes.samePerson(g.holder(), user) || principals.contains(g.holder()))
                .forEach(g -> costCentres.add(g.costCentre().value()));
        return new Scope(user, today, rules, assignees, costCentres);
    }

    ApprovalRules rules(InvoiceCase c) {
        return register.rulesFor(c.costCentre() == null ? Set.of() : Set.of(c.costCentre()));
    }

    InvoiceCase load(InvoiceId id) {
        return cases.findById(id.value()).orElseThrow(() -> new Refused("approval.refused.unknown",
                "Fakturan {0} finns inte i attestflödet.", id.toString()));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(STOCKHOLM));
    }

    private static Step step(InvoiceCase c) {
        return c.state() == InvoiceCase.State.AWAITING_DECISION ? Step.DECISION : Step.REVIEW;
    }

    private static ApprovalRules.Question question(InvoiceCase c, String user, Step step, LocalDate on) {
        if (c.costCentre() == null) {
            throw new Refused("approval.refused.notRouted", "Fakturan är inte styrd till något ansvar.");
        }
        BigDecimal amount = c.total();
        return new ApprovalRules.Question(user, step, c.costCentre(), amount, c.supplierOrganisationNumber(), on);
    }

    private void change(InvoiceId id, String user, String what, Consumer<InvoiceCase> change) {
        try {
            tx.executeWithoutResult(status -> {
                InvoiceCase c = load(id);
                String before = describe(c);
                change.accept(c);
                cases.saveAndFlush(c);
                audit.record(user, "supplierinvoice.invoice." + what, "faktura " + id, before, describe(c));
            });
        } catch (OptimisticLockingFailureException e) {
            throw new Refused("approval.refused.concurrent",
                    "Någon annan ändrade fakturan {0} samtidigt. Ladda om sidan och se hur den står nu.", id.toString());
        }
    }

    static String describe(InvoiceCase c) {
        List<String> parts = new ArrayList<>();
        parts.add(c.state().name());
        if (c.costCentre() != null) parts.add("ansvar " + c.costCentre());
        if (c.assignee() != null) parts.add("hos " + c.assignee());
        if (c.reviewedBy() != null) parts.add("granskad av " + c.reviewedBy());
        if (c.approvedBy() != null) parts.add("attesterad av " + c.approvedBy());
        if (c.rejectComment() != null && c.state() == InvoiceCase.State.REJECTED) parts.add("avvisad: " + c.rejectComment());
        if (c.returnReason() != null && c.state() == InvoiceCase.State.RETURNED) parts.add("returnerad: " + c.returnReason());
        parts.add(c.codingLines().size() + " konteringsrader, differens " + ApprovalRules.kronor(c.codingDifference()));
        return String.join(", ", parts);
    }
}

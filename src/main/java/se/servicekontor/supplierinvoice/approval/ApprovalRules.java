package se.servicekontor.supplierinvoice.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.servicekontor.organization.AttestGrant;
import se.servicekontor.organization.AttestGrant.Step;
import se.servicekontor.organization.CostCentreCode;
import se.servicekontor.shared.FourEyes;

/**
 * Who may act on which step of an invoice, from the attest register (kommunens attestreglemente; KL 6 kap. 6 §
 * internal control): a right on the invoice's cost centre and step, valid on the day, with an amount limit at or
 * above the invoice's total (at the limit is within it, one öre over is not); a substitute acts only in the
 * holder's absence period; jäv (FL 2017:900 16 §, KL 6 kap. 28 §) blocks. The four-eyes rules that depend on the
 * invoice itself (two different people, not the sole coder) are {@link InvoiceCase}'s.
 *
 * @param grants    the attest register lines of the cost centres in question
 * @param absences  who is away on which days
 * @param conflicts the configured jäv: user + supplier organisation number
 */
record ApprovalRules(List<AttestGrant> grants, Absences absences, Conflicts conflicts) {

    /** Who is away when. */
    interface Absences {
        boolean absent(String username, LocalDate on);

        Absences NONE = (u, d) -> false;
    }

    /** Configured jäv: the supplier is the user's own or a related party's company. */
    interface Conflicts {
        Optional<String> relation(String username, String supplierOrganisationNumber);

        Conflicts NONE = (u, o) -> Optional.empty();
    }

    /** What the rules are asked: may {@code user} act on this step of an invoice of this cost centre and amount on the day? */
    record Question(String user, Step step, CostCentreCode costCentre, BigDecimal amount, String supplierOrganisationNumber,
                    LocalDate on) {
    }

    /** Throws {@link Refused} saying why the user may not act; returns the grant the user acts on. */
    AttestGrant check(Question q) {
        conflicts.relation(q.user(), q.supplierOrganisationNumber()).ifPresent(relation -> {
            throw new Refused("approval.refused.conflict",
                    "Jäv: leverantören är registrerad som {0} för {1}. Någon annan måste attestera.", relation, q.user());
        });
        List<AttestGrant> usable = usableBy(q.user(), q.step(), q.costCentre(), q.on());
        if (usable.isEmpty()) {
            throw new Refused("approval.refused.noRight", "{0} har ingen {1} på ansvar {2} den {3}.",
                    q.user(), stepName(q.step()), q.costCentre().value(), q.on());
        }
        return usable.stream().filter(g -> g.covers(q.amount())).findFirst().orElseThrow(() -> new Refused(
                "approval.refused.limit", "Beloppet {0} kr är över {1}s beloppsgräns {2} kr för {3} på ansvar {4}.",
                kronor(q.amount().abs()), q.user(), kronor(highestLimit(usable)), stepName(q.step()), q.costCentre().value()));
    }

    /** Whether {@link #check} would let the user act. */
    boolean may(Question q) {
        try {
            check(q);
            return true;
        } catch (Refused refused) {
            return false;
        }
    }

    /**
     * The next approver in line for the step: the holder of a valid right whose limit covers the amount, the
     * smallest such limit first (the nearest level above a limit that is too low), never one of {@code excluded}
     * nor anyone with jäv.
     */
    Optional<String> nextApprover(Step step, CostCentreCode costCentre, BigDecimal amount, String supplierOrganisationNumber,
                                  LocalDate on, Collection<String> excluded) {
        return grants.stream()
                .filter(g -> g.step() == step && g.costCentre().equals(costCentre) && g.validOn(on) && g.covers(amount))
                .filter(g -> excluded.stream().noneMatch(x -> FourEyes.samePerson(x, g.holder())))
                .filter(g -> conflicts.relation(g.holder(), supplierOrganisationNumber).isEmpty())
                .sorted(Comparator.comparing((AttestGrant g) -> g.amountLimit() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : g.amountLimit())
                        .thenComparing(AttestGrant::holder))
                .map(AttestGrant::holder)
                .findFirst();
    }

    /** The rights the user may act on today: their own, and those whose holder is away and names them as substitute. */
    private List<AttestGrant> usableBy(String user, Step step, CostCentreCode costCentre, LocalDate on) {
        return grants.stream()
                .filter(g -> g.step() == step && g.costCentre().equals(costCentre) && g.validOn(on))
                .filter(g -> FourEyes.samePerson(g.holder(), user)
                        || (g.substitute() != null && FourEyes.samePerson(g.substitute(), user) && absences.absent(g.holder(), on)))
                .sorted(Comparator.comparing((AttestGrant g) -> g.amountLimit() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : g.amountLimit()).reversed())
                .toList();
    }

    /** The holders a user substitutes for on the day (their absent principals). */
    Set<String> principalsOf(String user, LocalDate on) {
        return new java.util.TreeSet<>(grants.stream()
                .filter(g -> g.validOn(on) && g.substitute() != null && FourEyes.samePerson(g.substitute(), user)
                        && absences.absent(g.holder(), on))
                .map(AttestGrant::holder).toList());
    }

    private static BigDecimal highestLimit(List<AttestGrant> usable) {
        return usable.stream().map(AttestGrant::amountLimit).filter(java.util.Objects::nonNull).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }

    static String stepName(Step step) {
        return step == Step.REVIEW ? "granskningsattest" : "beslutsattest";
    }

    static String kronor(BigDecimal amount) {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0.00", symbols).format(amount);
    }
}

package se.servicekontor.payroll.claims;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.payroll.PayrollProperties;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.FourEyes;

/**
 * Claims on employees (löneskulder, Lönecenter → Löneskulder): the open claims, one claim's history, and the officer's manual
 * changes — a repayment received by bank transfer, a write-off (avskrivning) with its reason, and an amount per month agreed
 * with the employee that the pay run recovers instead of the configured percentage. Each change is a row of
 * payroll_claim_adjustment and an audit entry.
 * <p>
 * Composition with pay runs: a released run applies what it raised and recovered to the claim as it is then, so a change made
 * while a final run is calculated but not released is kept. A repayment or write-off may not take the claim below what such a
 * run will recover (the employee would pay twice), and none is accepted while a final run is calculating, since it may have
 * read the claim already. The claim's row is locked for the change, as release locks it.
 */
@Service
class Claims {

    static final String SUBJECT = "anställd %d löneskuld"; // as PayRuns audits a run's change to the claim

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PayrollProperties properties;
    private final Clock clock;

    Claims(JdbcClient jdbc, AuditTrail audit, PayrollProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The open claims, largest first; protected identities only when {@code includeProtected} (payroll officers). */
    List<OpenClaim> open(boolean includeProtected) {
        return jdbc.sql("""
                SELECT c.employee_id, p.last_name || ', ' || p.first_name, p.personal_identity_number, p.protected_identity, c.amount,
                       c.opened_at, c.opened_by_pay_run_id, r.period, c.agreed_monthly_recovery
                FROM payroll_claim c JOIN payroll_employee p ON p.id = c.employee_id LEFT JOIN pay_run r ON r.id = c.opened_by_pay_run_id
                WHERE (:includeProtected OR p.protected_identity = FALSE)
                ORDER BY c.amount DESC, p.last_name, p.first_name, c.employee_id""")
                .param("includeProtected", includeProtected)
                .query((rs, n) -> new OpenClaim(rs.getLong(1), rs.getString(2), masked(rs.getString(3)), rs.getBoolean(4),
                        new Amount(rs.getBigDecimal(5)), rs.getObject(6, OffsetDateTime.class), (Long) rs.getObject(7, Long.class),
                        rs.getString(8) == null ? null : rs.getString(8).strip(), amountOrNull(rs.getBigDecimal(9))))
                .list();
    }

    /** The configured share of a month's net pay that is recovered without an agreement (servicekontor.payroll.claim-recovery-percent). */
    BigDecimal recoveryPercent() {
        return properties.claimRecoveryPercent();
    }

    /** The employee's claim with its history; empty when there is no such employee or they may not be seen. */
    Optional<ClaimDetail> claim(long employeeId, boolean includeProtected) {
        record Person(String first, String last, String pin, boolean isProtected) {
        }
        Optional<Person> person = jdbc.sql("""
                SELECT first_name, last_name, personal_identity_number, protected_identity FROM payroll_employee
                WHERE id = :id AND (:includeProtected OR protected_identity = FALSE)""")
                .param("id", employeeId).param("includeProtected", includeProtected)
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3).strip(), rs.getBoolean(4))).optional();
        if (person.isEmpty())
            return Optional.empty();
        record Open(Amount amount, Amount agreed, OffsetDateTime openedAt, Long openedBy, String period) {
        }
        Open open = jdbc.sql("""
                SELECT c.amount, c.agreed_monthly_recovery, c.opened_at, c.opened_by_pay_run_id, r.period
                FROM payroll_claim c LEFT JOIN pay_run r ON r.id = c.opened_by_pay_run_id WHERE c.employee_id = ?""")
                .param(employeeId)
                .query((rs, n) -> new Open(new Amount(rs.getBigDecimal(1)), amountOrNull(rs.getBigDecimal(2)),
                        rs.getObject(3, OffsetDateTime.class), (Long) rs.getObject(4, Long.class),
                        rs.getString(5) == null ? null : rs.getString(5).strip()))
                .optional().orElse(new Open(Amount.ZERO, null, null, null, null));
        List<ClaimDetail.PendingRecovery> pending = pending(employeeId);
        Amount adjustable = open.amount().minus(Amount.sum(pending.stream().map(ClaimDetail.PendingRecovery::recovered))).max(Amount.ZERO);
        Person p = person.get();
        return Optional.of(new ClaimDetail(employeeId, p.first(), p.last(), p.pin(), p.isProtected(), open.amount(), open.agreed(),
                open.openedAt(), open.openedBy(), open.period(), pending, adjustable, history(employeeId),
                writeOffRequest(employeeId).orElse(null)));
    }

    /** A repayment the employee made by bank transfer: takes {@code amount} off the claim. */
    @Transactional
    void recordRepayment(long employeeId, Amount amount, LocalDate receivedOn, String reference, String actor) {
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (receivedOn.isAfter(LocalDate.now(clock)))
            throw new ClaimRefused("Betalningsdagen kan inte vara i framtiden.");
        reduce(employeeId, "REPAYMENT", amount, receivedOn, blankToNull(reference), null, actor);
    }

    /**
     * Asks for a write-off (avskrivning): the employer would give up {@code amount} of the claim, for the reason given. It
     * takes effect only when a second officer confirms it ({@link #confirmWriteOff}); a new request replaces one waiting.
     */
    // Issue 12, part 3: giving up money owed to the employer needs two officers (fyraögonsprincipen)
    @Transactional
    void writeOff(long employeeId, Amount amount, String reason, String actor) {
        requireActor(actor);
        if (reason == null || reason.isBlank())
            throw new ClaimRefused("Ange skälet till avskrivningen.");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive())
            throw new ClaimRefused("Beloppet måste vara större än 0 kr.");
        Locked claim = checkedReduction(employeeId, amount);
        jdbc.sql("DELETE FROM payroll_claim_write_off_request WHERE employee_id = ?").param(employeeId).update();
        jdbc.sql("""
                INSERT INTO payroll_claim_write_off_request (employee_id, amount, reason, requested_by, requested_at) VALUES (?, ?, ?, ?, ?)""")
                .params(employeeId, amount.value(), reason.strip(), actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        audit.record(actor, "payroll.claim.writeOffRequested", SUBJECT.formatted(employeeId), claim.amount().toString(),
                "avskrivning " + amount + " begärd: " + reason.strip());
    }

    /**
     * Confirms the write-off another officer asked for: the claim is reduced by it (as a repayment would be, with the same
     * limits). Refused for the officer who asked (four-eyes) and when none is waiting.
     */
    @Transactional
    void confirmWriteOff(long employeeId, String actor) {
        requireActor(actor);
        ClaimDetail.WriteOffRequest request = writeOffRequest(employeeId)
                .orElseThrow(() -> new ClaimRefused("Ingen avskrivning väntar på godkännande."));
        if (FourEyes.samePerson(request.requestedBy(), actor))
            throw new ClaimRefused("Du begärde avskrivningen och får därför inte själv godkänna den. En annan löneadministratör "
                    + "måste godkänna den (fyraögonsprincipen).");
        reduce(employeeId, "WRITE_OFF", request.amount(), null, null, request.reason(), actor);
        jdbc.sql("DELETE FROM payroll_claim_write_off_request WHERE employee_id = ?").param(employeeId).update();
    }

    /** The write-off waiting for a second officer, if any. */
    Optional<ClaimDetail.WriteOffRequest> writeOffRequest(long employeeId) {
        return jdbc.sql("SELECT amount, reason, requested_by, requested_at FROM payroll_claim_write_off_request WHERE employee_id = ?")
                .param(employeeId)
                .query((rs, n) -> new ClaimDetail.WriteOffRequest(new Amount(rs.getBigDecimal(1)), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .optional();
    }

    /**
     * The amount per month agreed with the employee, recovered by each pay run (never more than the claim or the month's net
     * pay) instead of the configured percentage; {@code null} clears it and the percentage applies again.
     */
    @Transactional
    void agreeRecovery(long employeeId, Amount perMonth, String note, String actor) {
        requireActor(actor);
        if (perMonth != null && !perMonth.isPositive())
            throw new ClaimRefused("Beloppet måste vara större än 0 kr.");
        Locked claim = lock(employeeId);
        if (perMonth != null && perMonth.compareTo(claim.amount()) > 0)
            throw new ClaimRefused("Avräkningen per månad kan inte vara större än löneskulden (" + claim.amount() + ").");
        long adjustment = insert(employeeId, "AGREEMENT", perMonth, claim.amount(), claim.amount(), null, null, blankToNull(note), actor);
        jdbc.sql("UPDATE payroll_claim SET agreed_monthly_recovery = ? WHERE employee_id = ?")
                .params(perMonth == null ? null : perMonth.value(), employeeId).update();
        audit.record(actor, "payroll.claim.agreement", SUBJECT.formatted(employeeId), describeAgreement(claim.agreed()),
                describeAgreement(perMonth) + " (ändring " + adjustment + (note == null || note.isBlank() ? "" : "; " + note.strip()) + ")");
    }

    String describeAgreement(Amount perMonth) {
        if (perMonth != null)
            return "överenskommen avräkning " + perMonth + " per månad";
        return properties.claimRecoveryPercent().signum() == 0 ? "ingen avräkning utan överenskommelse (kvittningslagen 1970:215)"
                : "avräkning högst " + properties.claimRecoveryPercent().stripTrailingZeros().toPlainString() + " % av nettolönen (inställning)";
    }

    /**
     * Locks the claim and checks that {@code amount} may come off it now: no final run is calculating (it may have read the
     * claim), and no more than the claim less what calculated, unreleased final runs will recover.
     */
    private Locked checkedReduction(long employeeId, Amount amount) {
        Locked claim = lock(employeeId);
        Optional<String> calculating = jdbc.sql("SELECT id, period FROM pay_run WHERE kind = 'FINAL' AND status = 'RUNNING' ORDER BY id LIMIT 1")
                .query((rs, n) -> rs.getLong(1) + " för " + rs.getString(2).strip()).optional();
        if (calculating.isPresent())
            throw new ClaimRefused("Den slutliga lönekörningen " + calculating.get()
                    + " beräknas just nu och kan redan ha läst löneskulden. Registrera ändringen när den är klar.");
        List<ClaimDetail.PendingRecovery> pending = pending(employeeId);
        Amount recoveredByPending = Amount.sum(pending.stream().map(ClaimDetail.PendingRecovery::recovered));
        Amount adjustable = claim.amount().minus(recoveredByPending).max(Amount.ZERO);
        if (amount.compareTo(adjustable) > 0)
            throw new ClaimRefused(pending.isEmpty()
                    ? "Beloppet är större än löneskulden (" + claim.amount() + ")."
                    : "Högst " + adjustable + " kan registreras nu: löneskulden är " + claim.amount() + " och den slutliga lönekörningen "
                      + pending.get(0).payRunId() + " för " + pending.get(0).period() + " (inte attesterad) avräknar "
                      + recoveredByPending + " från den.");
        return claim;
    }

    private void reduce(long employeeId, String kind, Amount amount, LocalDate receivedOn, String reference, String reason, String actor) {
        requireActor(actor);
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive())
            throw new ClaimRefused("Beloppet måste vara större än 0 kr.");
        Locked claim = checkedReduction(employeeId, amount);
        Amount after = claim.amount().minus(amount);
        long adjustment = insert(employeeId, kind, amount, claim.amount(), after, receivedOn, reference, reason, actor);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (after.isZero())
            jdbc.sql("DELETE FROM payroll_claim WHERE employee_id = ?").param(employeeId).update();
        else
            jdbc.sql("""
                    UPDATE payroll_claim SET amount = ?, changed_by_adjustment_id = ?, changed_by_pay_run_id = NULL, changed_at = ?
                    WHERE employee_id = ?""").params(after.value(), adjustment, now, employeeId).update();
        String what = kind.equals("REPAYMENT")
                ? "återbetalning " + amount + " mottagen " + receivedOn + (reference == null ? "" : ", referens " + reference)
                : "avskrivning " + amount + ": " + reason;
        audit.record(actor, kind.equals("REPAYMENT") ? "payroll.claim.repaid" : "payroll.claim.writtenOff", SUBJECT.formatted(employeeId),
                claim.amount().toString(), after + " (" + what + "; ändring " + adjustment + ")");
    }

    private record Locked(Amount amount, Amount agreed) {
    }

    /** Locks the employee's claim row (as a release does before applying its run) and reads it; refused when nothing is owed. */
    private Locked lock(long employeeId) {
        return jdbc.sql("SELECT amount, agreed_monthly_recovery FROM payroll_claim WHERE employee_id = ? FOR UPDATE").param(employeeId)
                .query((rs, n) -> new Locked(new Amount(rs.getBigDecimal(1)), amountOrNull(rs.getBigDecimal(2))))
                .optional().orElseThrow(() -> new ClaimRefused("Den anställda har ingen öppen löneskuld."));
    }

    private long insert(long employeeId, String kind, Amount amount, Amount before, Amount after, LocalDate receivedOn,
                        String reference, String reason, String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO payroll_claim_adjustment (employee_id, kind, amount, claim_before, claim_after, received_on, reference, reason,
                    recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employeeId, kind, amount == null ? null : amount.value(), before.value(), after.value(), receivedOn, reference,
                        reason, actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Final runs calculated but not released that recover from the employee's claim. */
    private List<ClaimDetail.PendingRecovery> pending(long employeeId) {
        return jdbc.sql("""
                SELECT r.id, r.period, e.claim_recovered FROM pay_run_employee e JOIN pay_run r ON r.id = e.pay_run_id
                WHERE e.employee_id = ? AND r.kind = 'FINAL' AND r.status = 'CALCULATED' AND e.claim_recovered > 0 ORDER BY r.id""")
                .param(employeeId)
                .query((rs, n) -> new ClaimDetail.PendingRecovery(rs.getLong(1), rs.getString(2).strip(), new Amount(rs.getBigDecimal(3))))
                .list();
    }

    /** Released runs that raised or recovered, and manual changes, oldest first, each with the claim after it. */
    private List<ClaimDetail.Entry> history(long employeeId) {
        List<ClaimDetail.Entry> entries = new ArrayList<>();
        jdbc.sql("""
                SELECT r.released_at, r.id, r.period, e.claim_raised, e.claim_recovered, r.released_by
                FROM pay_run_employee e JOIN pay_run r ON r.id = e.pay_run_id
                WHERE e.employee_id = ? AND r.status = 'RELEASED' AND (e.claim_raised <> 0 OR e.claim_recovered <> 0)""")
                .param(employeeId)
                .query(rs -> {
                    BigDecimal raised = rs.getBigDecimal(4);
                    entries.add(new ClaimDetail.Entry(rs.getObject(1, OffsetDateTime.class), raised.signum() > 0 ? "RAISED" : "RECOVERED",
                            rs.getLong(2), rs.getString(3).strip(), new Amount(raised.subtract(rs.getBigDecimal(5))), null, null, null,
                            null, null, rs.getString(6)));
                });
        jdbc.sql("""
                SELECT recorded_at, kind, amount, claim_after, received_on, reference, reason, recorded_by, id
                FROM payroll_claim_adjustment WHERE employee_id = ?""")
                .param(employeeId)
                .query(rs -> {
                    String kind = rs.getString(2);
                    Amount amount = amountOrNull(rs.getBigDecimal(3));
                    entries.add(new ClaimDetail.Entry(rs.getObject(1, OffsetDateTime.class), kind, null, null,
                            kind.equals("AGREEMENT") ? null : amount.negate(), kind.equals("AGREEMENT") ? amount : null,
                            new Amount(rs.getBigDecimal(4)), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                            rs.getString(8)));
                });
        entries.sort(Comparator.comparing(ClaimDetail.Entry::at));
        // A released run left the claim as it was then plus its change (PayRuns applies it so); a manual change recorded it.
        List<ClaimDetail.Entry> result = new ArrayList<>(entries.size());
        Amount balance = Amount.ZERO;
        for (ClaimDetail.Entry e : entries) {
            balance = e.after() != null ? e.after() : balance.plus(e.change()).max(Amount.ZERO);
            result.add(new ClaimDetail.Entry(e.at(), e.kind(), e.payRunId(), e.period(), e.change(), e.agreed(), balance, e.receivedOn(),
                    e.reference(), e.reason(), e.by()));
        }
        return result;
    }

    static String masked(String pin) {
        String p = pin.strip();
        return p.substring(0, 8) + "-****";
    }

    private static Amount amountOrNull(BigDecimal value) {
        return value == null ? null : new Amount(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank())
            throw new IllegalArgumentException("actor");
    }
}

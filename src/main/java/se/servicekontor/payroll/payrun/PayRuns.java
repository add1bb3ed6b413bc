package se.servicekontor.payroll.payrun;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.payroll.CostCentreTotal;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.PayRunReleased;
import se.servicekontor.payroll.timereport.Deviations;
import se.servicekontor.payroll.referencedata.PayReferenceData;
import se.servicekontor.payroll.referencedata.ReferenceData;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.jobs.JobLaunches;
import se.servicekontor.shared.Amount;

/**
 * Pay runs (Lönecenter → Lönekörning), the wizard's API: start a preliminary run (repeatable; a newer
 * calculated one replaces the older atomically), read its error list, totals and pay lines, start the
 * final run once the preliminary has no errors, and release it as a second officer (four-eyes), which
 * locks the month. Runs are calculated by {@code payRunJob}; progress and restarts are in Körningar.
 */
@Service
public class PayRuns {

    static final String JOB = "payRunJob";

    private final JdbcClient jdbc;
    private final PayRunQueries queries;
    private final PayPeriodLocks locks;
    private final JobLaunches launches;
    private final JobRepository jobRepository;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Deviations deviations;
    private final ReferenceData referenceData;

    PayRuns(JdbcClient jdbc, PayRunQueries queries, PayPeriodLocks locks, JobLaunches launches, JobRepository jobRepository,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
            Deviations deviations, ReferenceData referenceData) {
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.deviations = deviations;
        this.queries = queries;
        this.locks = locks;
        this.launches = launches;
        this.jobRepository = jobRepository;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Starts a preliminary run (dry run) of the payment month; returns its id. Refused while a run of the month is going on or the month is locked. */
    public PayRunId startPreliminary(YearMonth period, String actor) {
        return start(period, PayRunKind.PRELIMINARY, actor);
    }

    /**
     * Starts the final run of the payment month; returns its id. Refused without a current preliminary
     * run, while that has errors (fellista), while a run is going on, or when the month is locked.
     */
    public PayRunId startFinal(YearMonth period, String actor) {
        return start(period, PayRunKind.FINAL, actor);
    }

    /**
     * Releases a calculated final run for payment: another officer than the one who started it, no errors.
     * Locks the month, settles the deviations the run paid, applies the run's claims on employees (löneskuld raised
     * by a negative month, recovered from later months), audits and publishes {@link PayRunReleased} — all in one transaction.
     */
    @Transactional
    public void release(PayRunId id, String actor) {
        YearMonth period = periodOf(id);
        lockPeriodRow(period);
        if (locks.isLocked(period))
            throw new PeriodLocked(period, "Lönekörning " + id + " kan inte attesteras");
        PayRun run = load(id);
        Optional<Long> running = running(period).filter(r -> r != id.value());
        if (running.isPresent())
            throw new PayRunRefused("Lönekörning " + running.get() + " för " + period + " pågår; vänta tills den är klar innan du attesterar.");
        Instant now = clock.instant();
        run.release(actor, now);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE pay_run SET status = 'RELEASED', released_by = ?, released_at = ? WHERE id = ? AND status = 'CALCULATED'")
                .params(actor, at, id.value()).update();
        if (updated != 1)
            throw new PayRunRefused("Lönekörning " + id + " ändrades samtidigt av någon annan; läs in sidan igen.");
        jdbc.sql("UPDATE pay_period SET locked_pay_run_id = ?, locked_by = ?, locked_at = ? WHERE period = ?")
                .params(id.value(), actor, at, period.toString()).update();
        int settled = jdbc.sql("""
                UPDATE deviation SET settled_by_pay_run_id = ? WHERE settled_by_pay_run_id IS NULL
                  AND id IN (SELECT deviation_id FROM pay_run_deviation WHERE pay_run_id = ?)""")
                .params(id.value(), id.value()).update();
        int claims = applyClaims(id, actor, at);
        List<CostCentreTotal> totals = queries.totals(id).stream().flatMap(d -> d.costCentres().stream())
                .map(c -> new CostCentreTotal(c.costCentre(), c.totals().gross(), c.totals().tax(), c.totals().net(),
                        c.totals().employerContributions(), c.totals().pension()))
                .toList();
        PayRunView view = queries.run(id).orElseThrow();
        audit.record(actor, "payroll.payrun.released", "lönekörning " + id + " " + period, "Beräknad, startad av " + run.startedBy(),
                "Attesterad; period låst; " + settled + " avvikelser reglerade; "
                        + claims + " löneskulder ändrade; brutto " + view.totals().gross() + ", netto "
                        + view.totals().net() + ", skatt " + view.totals().tax() + ", arbetsgivaravgifter "
                        + view.totals().employerContributions());
        events.publishEvent(new PayRunReleased(period, id, run.payday(), totals, actor, now));
    }

    /**
     * The claims on employees as the released run leaves them: each employee's open claim plus what the run raised less what
     * it recovered (applied to the claim as it is now, not the run's claim_after, in case another month was released or an
     * officer recorded a repayment or write-off since the run was calculated); no row when nothing is owed; an agreed monthly
     * recovery stays with the claim while it is open; each change audited. The claim's row is locked before it is read, so
     * a manual change at the same moment (Löneskulder) is never lost. A run that would recover more than is owed now is
     * refused: the employee would have paid too much, so the final run must be calculated again. Returns how many changed.
     */
    private int applyClaims(PayRunId id, String actor, OffsetDateTime at) {
        List<Map<String, Object>> changes = jdbc.sql("""
                SELECT e.employee_id, e.claim_raised, e.claim_recovered FROM pay_run_employee e
                WHERE e.pay_run_id = ? AND (e.claim_raised <> 0 OR e.claim_recovered <> 0)
                ORDER BY e.employee_id""").param(id.value()).query().listOfRows();
        for (Map<String, Object> change : changes) {
            long employee = ((Number) change.get("employee_id")).longValue();
            BigDecimal before = jdbc.sql("SELECT amount FROM payroll_claim WHERE employee_id = ? FOR UPDATE").param(employee)
                    .query(BigDecimal.class).optional().orElse(null);
            BigDecimal raised = (BigDecimal) change.get("claim_raised");
            BigDecimal recovered = (BigDecimal) change.get("claim_recovered");
            BigDecimal after = (before == null ? BigDecimal.ZERO.setScale(2) : before).add(raised).subtract(recovered);
            if (after.signum() < 0)
                throw new PayRunRefused("Lönekörning " + id + " avräknar " + new Amount(recovered) + " från anställd " + employee
                        + " men löneskulden är nu " + new Amount(before == null ? BigDecimal.ZERO : before)
                        + " (ändrad efter beräkningen). Gör en ny preliminär och slutlig körning innan du attesterar.");
            if (after.signum() == 0)
                jdbc.sql("DELETE FROM payroll_claim WHERE employee_id = ?").param(employee).update();
            else if (before != null)
                jdbc.sql("""
                        UPDATE payroll_claim SET amount = ?, changed_by_pay_run_id = ?, changed_by_adjustment_id = NULL, changed_at = ?
                        WHERE employee_id = ?""").params(after, id.value(), at, employee).update();
            else
                jdbc.sql("""
                        INSERT INTO payroll_claim (employee_id, amount, changed_by_pay_run_id, changed_at, opened_by_pay_run_id, opened_at)
                        VALUES (?, ?, ?, ?, ?, ?)""").params(employee, after, id.value(), at, id.value(), at).update();
            audit.record(actor, "payroll.claim.changed", "anställd " + employee + " löneskuld",
                    before == null ? "0,00 kr" : new Amount(before).toString(),
                    new Amount(after) + " (lönekörning " + id + ": ny skuld " + new Amount(raised) + ", avräknat "
                            + new Amount(recovered) + ")");
        }
        return changes.size();
    }

    /** The runs of the month the wizard shows: the current preliminary and final, the newest attempt, and whether it is locked. */
    public PeriodRuns current(YearMonth period) {
        List<PayRunView> runs = queries.runs(period).stream().map(this::withLiveStatus).toList();
        Optional<PayRunView> preliminary = runs.stream()
                .filter(r -> r.kind() == PayRunKind.PRELIMINARY && r.status() == PayRunStatus.CALCULATED).findFirst();
        Optional<PayRunView> finalRun = runs.stream().filter(r -> r.kind() == PayRunKind.FINAL
                && (r.status() == PayRunStatus.CALCULATED || r.status() == PayRunStatus.RELEASED)).findFirst();
        return new PeriodRuns(period, preliminary, finalRun, runs.stream().findFirst(), locks.isLocked(period));
    }

    public Optional<PayRunView> run(PayRunId id) {
        return queries.run(id).map(this::withLiveStatus);
    }

    /** The error list (fellista): errors first, then warnings, by employee name. */
    public List<RunError> errors(PayRunId run) {
        return queries.errors(run);
    }

    /** Totals per department and cost centre (gross, tax, net, employer contributions, pension). */
    public List<DepartmentTotals> totals(PayRunId run) {
        return queries.totals(run);
    }

    /** One employee's pay lines in the run, in payslip order. */
    public List<PayLineView> lines(PayRunId run, long employeeId) {
        return queries.lines(run, employeeId);
    }

    /**
     * A page (from 0) of the run's employees by name, searched by name or personnummer, each with last
     * month's gross and net (latest released run of the previous month) so changes can be highlighted.
     * Protected identities only when {@code includeProtected} (payroll officers).
     */
    public EmployeePage employees(PayRunId run, String search, boolean includeProtected, int page, int size) {
        if (page < 0 || size < 1 || size > 500)
            throw new IllegalArgumentException("page ≥ 0 and size 1–500");
        return queries.employees(run, periodOf(run), search, includeProtected, page, size);
    }

    /** As {@link #employees(PayRunId, String, boolean, int, int)}, filtered for the review (issue 18 item 10). */
    public EmployeePage employees(PayRunId run, String search, EmployeeFilter filter, boolean includeProtected, int page, int size) {
        if (page < 0 || size < 1 || size > 500)
            throw new IllegalArgumentException("page ≥ 0 and size 1–500");
        return queries.employees(run, periodOf(run), search, filter, includeProtected, page, size);
    }

    public boolean isLocked(YearMonth period) {
        return locks.isLocked(period);
    }

    // --- starting ---------------------------------------------------------------------------------

    private PayRunId start(YearMonth period, PayRunKind kind, String actor) {
        if (actor == null || actor.isBlank())
            throw new IllegalArgumentException("actor");
        PayRunId id = transaction.execute(status -> create(period, kind, actor));
        try {
            long execution = launches.start(JOB, Map.of(PayRunJobConfiguration.PAY_RUN_ID, id.toString(),
                    PayRunJobConfiguration.PERIOD, period.toString(), PayRunJobConfiguration.KIND, kind.name()), actor);
            jdbc.sql("UPDATE pay_run SET job_execution_id = ? WHERE id = ? AND job_execution_id IS NULL").params(execution, id.value()).update();
        } catch (RuntimeException e) {
            jdbc.sql("UPDATE pay_run SET status = 'FAILED', finished_at = ? WHERE id = ? AND status = 'RUNNING'")
                    .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), id.value()).update();
            throw new PayRunRefused("Lönekörningen kunde inte startas: " + e.getMessage());
        }
        return id;
    }

    private PayRunId create(YearMonth period, PayRunKind kind, String actor) {
        lockPeriodRow(period);
        if (locks.isLocked(period))
            throw new PeriodLocked(period, "En ny lönekörning kan inte startas");
        failRunsLeftBehind(period);
        Optional<Long> running = running(period);
        if (running.isPresent())
            throw new PayRunRefused("Lönekörning " + running.get() + " för " + period + " pågår redan; vänta tills den är klar.");
        if (kind == PayRunKind.FINAL) {
            PayRunView preliminary = current(period).preliminary().orElseThrow(() -> new PayRunRefused(
                    "Gör en preliminär lönekörning för " + period + " först; den slutliga körningen kräver en preliminär utan fel."));
            if (preliminary.hasBlockingErrors())
                throw new PayRunRefused("Den preliminära lönekörningen " + preliminary.id() + " har " + preliminary.errors()
                        + " fel i fellistan. Rätta dem och gör en ny preliminär körning innan den slutliga.");
        }
        // Issue 17: a month without its reference data is refused once, naming what is missing, not once per employee
        PayReferenceData data = referenceData.current();
        List<ReferenceData.Missing> missing = ReferenceData.missing(data, period);
        if (!missing.isEmpty())
            throw new ReferenceDataMissing(period, missing);
        LocalDate payday = data.calendar().payday(period);
        // an ongoing absence is paid month by month: its months up to the earning month become rows of their own first
        deviations.closeOngoingThrough(period.minusMonths(1).atEndOfMonth(), actor);
        long expected = PayRunPopulation.count(jdbc, period);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pay_run (period, kind, status, started_by, started_at, payday, expected_employees)
                VALUES (?, ?, 'RUNNING', ?, ?, ?, ?)""")
                .params(period.toString(), kind.name(), actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), payday, expected)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO pay_run_officer (pay_run_id, officer, action, at) VALUES (?, ?, 'STARTED', ?)")
                .params(id, actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        List<PayReferenceData.UnconfirmedSet> unconfirmed = data.unconfirmedUsedIn(period);
        if (!unconfirmed.isEmpty())
            jdbc.sql("UPDATE pay_run SET reference_data_warning = ? WHERE id = ?").params(unconfirmedWarning(unconfirmed), id).update();
        audit.record(actor, "payroll.payrun.started", "lönekörning " + id + " " + period, null,
                kind.swedish() + " körning för " + period + ", utbetalning " + payday + ", " + expected + " anställda");
        return new PayRunId(id);
    }

    /** The error list's warning of a run that uses values not yet confirmed by law, or null. */
    public String referenceDataWarning(PayRunId id) {
        return jdbc.sql("SELECT reference_data_warning FROM pay_run WHERE id = ?").param(id.value()).query(String.class).optional().orElse(null);
    }

    private static String unconfirmedWarning(List<PayReferenceData.UnconfirmedSet> sets) {
        String text = "Referensdata som ännu inte är beslutad i lag används: " + sets.stream().map(u -> u.kind() + " " + u.year()
                + " (" + u.source() + ")").collect(java.util.stream.Collectors.joining("; ")) + ". Kontrollera mot beslutet innan lönen betalas.";
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }

    /** A RUNNING run whose job is no longer running (its JVM died, it was stopped) is FAILED; an officer restarts it from Körningar. */
    private void failRunsLeftBehind(YearMonth period) {
        Instant now = clock.instant();
        for (PayRunView run : queries.runningRuns(period)) { // not every run of the month: each counts its employees
            if (jobStillRunning(run, now))
                continue;
            jdbc.sql("UPDATE pay_run SET status = 'FAILED', finished_at = ? WHERE id = ? AND status = 'RUNNING'")
                    .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), run.id().value()).update();
        }
    }

    private boolean jobStillRunning(PayRunView run, Instant now) {
        if (run.jobExecutionId() == null)
            return run.startedAt().isAfter(now.minus(Duration.ofMinutes(5)));
        JobExecution execution = jobRepository.getJobExecution(run.jobExecutionId());
        return execution != null && execution.isRunning();
    }

    private PayRunView withLiveStatus(PayRunView run) {
        if (run.status() != PayRunStatus.RUNNING || jobStillRunning(run, clock.instant()))
            return run;
        return new PayRunView(run.id(), run.period(), run.kind(), PayRunStatus.FAILED, run.jobExecutionId(), run.startedBy(),
                run.startedAt(), run.finishedAt(), run.releasedBy(), run.releasedAt(), run.payday(), run.employeesDone(),
                run.employeesExpected(), run.errors(), run.warnings(), run.totals());
    }

    private Optional<Long> running(YearMonth period) {
        return jdbc.sql("SELECT id FROM pay_run WHERE period = ? AND status = 'RUNNING' ORDER BY id LIMIT 1").param(period.toString())
                .query(Long.class).optional();
    }

    /** Takes the month's row lock (creating the row the first time): starts, summaries and releases of a month never interleave. */
    void lockPeriodRow(YearMonth period) {
        PayRunSummary.lockPeriodRow(jdbc, period);
    }

    private YearMonth periodOf(PayRunId id) {
        return jdbc.sql("SELECT period FROM pay_run WHERE id = ?").param(id.value()).query(String.class).optional()
                .map(p -> YearMonth.parse(p.strip()))
                .orElseThrow(() -> new PayRunRefused("Det finns ingen lönekörning " + id + "."));
    }

    private PayRun load(PayRunId id) {
        return jdbc.sql("""
                SELECT period, kind, status, started_by, payday, errors, released_by, released_at FROM pay_run WHERE id = ? FOR UPDATE""")
                .param(id.value())
                .query((rs, n) -> new PayRun(id, YearMonth.parse(rs.getString(1).strip()), PayRunKind.valueOf(rs.getString(2)),
                        PayRunStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getInt(6),
                        rs.getString(7), Optional.ofNullable(rs.getObject(8, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        jdbc.sql("SELECT officer FROM pay_run_officer WHERE pay_run_id = ?").param(id.value()).query(String.class).list()))
                .single();
    }
}

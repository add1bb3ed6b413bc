package se.servicekontor.payroll.payrun;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.jobs.JobConventions;

/**
 * The run's last step, one transaction: totals and counts from the employees' results, status CALCULATED,
 * and the older calculated run of the same kind (a preliminary also replaces a calculated final) marked
 * SUPERSEDED — so readers switch from one result to the next atomically. Writes the outcome line for
 * Körningar and the audit entry.
 */
final class PayRunSummary implements Tasklet {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PayRunSummary(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long id = Long.parseLong(job.getJobParameters().getString(PayRunJobConfiguration.PAY_RUN_ID));
        YearMonth period = YearMonth.parse(job.getJobParameters().getString(PayRunJobConfiguration.PERIOD));
        PayRunKind kind = PayRunKind.valueOf(job.getJobParameters().getString(PayRunJobConfiguration.KIND));
        lockPeriodRow(jdbc, period);
        var counts = jdbc.sql("""
                SELECT count(*), coalesce(sum(gross), 0), coalesce(sum(tax), 0), coalesce(sum(net_deductions), 0), coalesce(sum(net), 0),
                       coalesce(sum(employer_contributions), 0), coalesce(sum(pension), 0), coalesce(sum(errors), 0), coalesce(sum(warnings), 0)
                FROM pay_run_employee WHERE pay_run_id = ?""").param(id)
                .query((rs, n) -> new Object[] {rs.getLong(1), PayRunQueries.totals(rs, 2), rs.getLong(8), rs.getLong(9)}).single();
        long employees = (Long) counts[0];
        Totals totals = (Totals) counts[1];
        long errors = (Long) counts[2];
        long warnings = (Long) counts[3];
        boolean newerExists = jdbc.sql("SELECT count(*) FROM pay_run WHERE period = ? AND kind = ? AND id > ? AND status IN ('CALCULATED', 'RELEASED')")
                .params(period.toString(), kind.name(), id).query(Long.class).single() > 0;
        String status = newerExists ? "SUPERSEDED" : "CALCULATED";
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                UPDATE pay_run SET status = ?, finished_at = ?, employees = ?, errors = ?, warnings = ?, gross = ?, tax = ?,
                    net_deductions = ?, net = ?, employer_contributions = ?, pension = ? WHERE id = ?""")
                .params(status, now, employees, errors, warnings, totals.gross().value(), totals.tax().value(),
                        totals.netDeductions().value(), totals.net().value(), totals.employerContributions().value(),
                        totals.pension().value(), id)
                .update();
        int superseded = newerExists ? 0 : jdbc.sql("""
                UPDATE pay_run SET status = 'SUPERSEDED' WHERE period = ? AND id < ? AND status = 'CALCULATED' AND (kind = ? OR ? = 'PRELIMINARY')""")
                .params(period.toString(), id, kind.name(), kind.name()).update();
        String outcome = number(employees) + (employees == 1 ? " anställd beräknad, " : " anställda beräknade, ") + number(errors)
                + " fel, " + number(warnings) + (warnings == 1 ? " varning" : " varningar");
        job.getExecutionContext().putString(JobConventions.OUTCOME, outcome);
        String startedBy = job.getJobParameters().getString(JobConventions.STARTED_BY);
        audit.record(startedBy == null ? AuditTrail.SYSTEM : startedBy, "payroll.payrun.calculated", "lönekörning " + id + " " + period,
                "Pågår", (newerExists ? "Ersatt av nyare körning; " : "Beräknad; ") + outcome + "; brutto " + totals.gross() + ", skatt "
                        + totals.tax() + ", netto " + totals.net() + ", arbetsgivaravgifter " + totals.employerContributions()
                        + ", pension " + totals.pension() + (superseded > 0 ? "; ersätter " + superseded + " tidigare körning(ar)" : ""));
        return RepeatStatus.FINISHED;
    }

    /** Takes the month's row lock, creating the row the first time. */
    static void lockPeriodRow(JdbcClient jdbc, YearMonth period) {
        jdbc.sql("INSERT INTO pay_period (period) VALUES (?) ON CONFLICT DO NOTHING").param(period.toString()).update();
        jdbc.sql("SELECT period FROM pay_period WHERE period = ? FOR UPDATE").param(period.toString()).query(String.class).single();
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}

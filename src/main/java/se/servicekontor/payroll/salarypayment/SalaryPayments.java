package se.servicekontor.payroll.salarypayment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.payroll.EmployerProperties;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.Pain001;
import se.servicekontor.platform.documents.ProducedFiles;
import se.servicekontor.shared.Amount;

/** Writes a released run's salary payment file once, archives it, and releases it to the bank (four-eyes). */
@Service
class SalaryPayments {

    static final String KIND = "salary-payment";

    private final JdbcClient jdbc;
    private final ProducedFiles files;
    private final EmployerProperties employer;
    private final AuditTrail audit;
    private final Clock clock;

    SalaryPayments(JdbcClient jdbc, ProducedFiles files, EmployerProperties employer, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.employer = employer;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<SalaryPayment> find(long payRunId) {
        return jdbc.sql("""
                SELECT pay_run_id, period, produced_file_id, message_id, execution_date, payments, total, status, pay_run_released_by,
                       released_by, released_at, version FROM salary_payment WHERE pay_run_id = ?""")
                .param(payRunId).query(SalaryPayments::map).optional();
    }

    /**
     * Writes and archives the run's file unless it exists: the same run gives the same bytes, the archive keeps one
     * row per SHA-256 and salary_payment one row per run, so a job restarted after a crash at any point ends with one
     * file. Returns the run's file.
     */
    @Transactional
    SalaryPayment produce(long payRunId, String producedBy) {
        Optional<SalaryPayment> existing = find(payRunId);
        if (existing.isPresent())
            return existing.get();
        record Run(YearMonth period, LocalDate payday, Instant releasedAt, String releasedBy) {
        }
        Run run = jdbc.sql("SELECT period, payday, released_at, released_by FROM pay_run WHERE id = ? AND status = 'RELEASED'").param(payRunId)
                .query((rs, n) -> new Run(YearMonth.parse(rs.getString(1).strip()), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
                .optional().orElseThrow(() -> new IllegalStateException("Lönekörning " + payRunId + " är inte frisläppt"));
        Pain001.Order order = SalaryPaymentOrder.order(payRunId, run.period(), run.payday(), run.releasedAt(), employer, payees(payRunId));
        byte[] content = Pain001.write(order);
        ProducedFiles.ProducedFile file = files.store(KIND, run.period().toString(), "lonefil-" + order.messageId() + ".xml", content,
                producedBy);
        jdbc.sql("""
                INSERT INTO salary_payment (pay_run_id, period, produced_file_id, message_id, execution_date, payments, total, status,
                                            pay_run_released_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'PRODUCED', ?) ON CONFLICT DO NOTHING""")
                .params(payRunId, run.period().toString(), file.id(), order.messageId(), SalaryPaymentOrder.executionDate(run.payday()),
                        order.payments().size(), order.total().value(), run.releasedBy())
                .update();
        audit.record(producedBy, "payroll.salarypayment.produced", "lönekörning " + payRunId, "",
                file.fileName() + ": " + order.payments().size() + " betalningar, " + order.total() + ", SHA-256 " + file.sha256());
        return find(payRunId).orElseThrow();
    }

    @Transactional
    SalaryPayment release(long payRunId, String actor) {
        SalaryPayment current = find(payRunId).orElseThrow(() -> new SalaryPayment.SalaryPaymentRefused(
                "Lönefilen för lönekörning " + payRunId + " är inte skapad ännu."));
        SalaryPayment released = current.release(actor, clock.instant());
        int updated = jdbc.sql("""
                UPDATE salary_payment SET status = ?, released_by = ?, released_at = ?, version = version + 1
                WHERE pay_run_id = ? AND version = ?""")
                .params(released.status().name(), released.releasedBy(), OffsetDateTime.ofInstant(released.releasedAt(), ZoneOffset.UTC),
                        payRunId, current.version())
                .update();
        if (updated != 1)
            throw new OptimisticLockingFailureException("Lönefilen ändrades samtidigt av någon annan; försök igen");
        audit.record(actor, "payroll.salarypayment.released", "lönekörning " + payRunId, "Skapad",
                "Frisläppt till banken: " + released.payments() + " betalningar, " + released.total());
        return released;
    }

    /** Net pay and the account of the employment the run paid first, per employee of the run, by employee id. */
    private List<SalaryPaymentOrder.Payee> payees(long payRunId) {
        return jdbc.sql("""
                SELECT e.employee_id, p.first_name || ' ' || p.last_name, e.net, m.clearing_number, m.account_number
                FROM pay_run_employee e JOIN payroll_employee p ON p.id = e.employee_id
                LEFT JOIN employment m ON m.id = (SELECT l.employment_id FROM pay_line l WHERE l.pay_run_id = e.pay_run_id
                                                  AND l.employee_id = e.employee_id ORDER BY l.seq LIMIT 1)
                WHERE e.pay_run_id = ? ORDER BY e.employee_id""")
                .param(payRunId)
                .query((rs, n) -> new SalaryPaymentOrder.Payee(rs.getLong(1), rs.getString(2), new Amount(rs.getBigDecimal(3)), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static SalaryPayment map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime releasedAt = rs.getObject(11, OffsetDateTime.class);
        return new SalaryPayment(rs.getLong(1), rs.getString(2).strip(), rs.getLong(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getInt(6), new Amount(rs.getBigDecimal(7)), SalaryPayment.Status.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), releasedAt == null ? null : releasedAt.toInstant(), rs.getInt(12));
    }
}

package se.servicekontor.payroll.payrun;

import java.sql.Date;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of employees' results, pay lines, errors and paid deviations with JDBC batch inserts in
 * the chunk transaction (typed setters, no per-value type guessing). Every table's primary key is its
 * natural key and the inserts skip existing keys, so a replayed chunk cannot write anything twice.
 */
class PayRunWriter implements ItemWriter<EmployeePay> {

    private final JdbcTemplate jdbc;
    private final long payRunId;

    PayRunWriter(JdbcTemplate jdbc, long payRunId) {
        this.jdbc = jdbc;
        this.payRunId = payRunId;
    }

    private record Numbered<T>(long employeeId, int seq, T value) {
    }

    @Override
    public void write(Chunk<? extends EmployeePay> chunk) {
        List<EmployeePay> employees = new ArrayList<>(chunk.getItems());
        List<Numbered<EmployeePay.Line>> lines = new ArrayList<>(employees.size() * 3);
        List<Numbered<Problem>> problems = new ArrayList<>();
        List<Numbered<Long>> deviations = new ArrayList<>();
        for (EmployeePay pay : employees) {
            int seq = 1;
            for (EmployeePay.Line l : pay.lines())
                lines.add(new Numbered<>(pay.employeeId(), seq++, l));
            seq = 1;
            for (Problem p : pay.problems())
                problems.add(new Numbered<>(pay.employeeId(), seq++, p));
            for (Long d : pay.paidDeviations())
                deviations.add(new Numbered<>(pay.employeeId(), 0, d));
        }
        jdbc.batchUpdate("""
                INSERT INTO pay_run_employee (pay_run_id, employee_id, cost_centre_code, gross, tax, net_deductions, net,
                    employer_contributions, pension, payday, errors, warnings, claim_raised, claim_recovered, claim_after)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", employees, employees.size(), (ps, pay) -> {
            ps.setLong(1, payRunId);
            ps.setLong(2, pay.employeeId());
            ps.setString(3, pay.costCentre());
            ps.setBigDecimal(4, pay.gross());
            ps.setBigDecimal(5, pay.tax());
            ps.setBigDecimal(6, pay.netDeductions());
            ps.setBigDecimal(7, pay.net());
            ps.setBigDecimal(8, pay.employerContributions());
            ps.setBigDecimal(9, pay.pension());
            ps.setDate(10, Date.valueOf(pay.payday()));
            ps.setInt(11, (int) pay.errors());
            ps.setInt(12, (int) pay.warnings());
            ps.setBigDecimal(13, pay.claimRaised());
            ps.setBigDecimal(14, pay.claimRecovered());
            ps.setBigDecimal(15, pay.claimAfter());
        });
        if (!lines.isEmpty())
            jdbc.batchUpdate("""
                    INSERT INTO pay_line (pay_run_id, employee_id, seq, employment_id, cost_centre_code, code, text, amount, taxable,
                        earned_from, earned_to)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", lines, lines.size(), (ps, n) -> {
                EmployeePay.Line l = n.value();
                ps.setLong(1, payRunId);
                ps.setLong(2, n.employeeId());
                ps.setInt(3, n.seq());
                ps.setLong(4, l.employmentId());
                ps.setString(5, l.costCentre());
                ps.setString(6, l.code());
                ps.setString(7, l.text());
                ps.setBigDecimal(8, l.amount());
                ps.setBoolean(9, l.taxable());
                ps.setDate(10, Date.valueOf(l.earnedFrom()));
                ps.setDate(11, Date.valueOf(l.earnedTo()));
            });
        if (!problems.isEmpty())
            jdbc.batchUpdate("""
                    INSERT INTO pay_run_error (pay_run_id, employee_id, seq, employment_id, code, severity, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", problems, problems.size(), (ps, n) -> {
                Problem p = n.value();
                ps.setLong(1, payRunId);
                ps.setLong(2, n.employeeId());
                ps.setInt(3, n.seq());
                if (p.employmentId() == null)
                    ps.setNull(4, Types.BIGINT);
                else
                    ps.setLong(4, p.employmentId());
                ps.setString(5, p.code());
                ps.setString(6, p.severity().name());
                ps.setString(7, p.message().length() <= 500 ? p.message() : p.message().substring(0, 500));
            });
        if (!deviations.isEmpty())
            jdbc.batchUpdate("INSERT INTO pay_run_deviation (pay_run_id, deviation_id, employee_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    deviations, deviations.size(), (ps, n) -> {
                        ps.setLong(1, payRunId);
                        ps.setLong(2, n.value());
                        ps.setLong(3, n.employeeId());
                    });
    }
}

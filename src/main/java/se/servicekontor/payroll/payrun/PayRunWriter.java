package se.servicekontor.payroll.payrun;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of employees' results, pay lines, errors and paid deviations with JDBC batch inserts in
 * the chunk transaction. Every table's natural key is unique and the inserts skip existing keys, so a
 * replayed chunk cannot write anything twice.
 */
class PayRunWriter implements ItemWriter<EmployeePay> {

    private final JdbcTemplate jdbc;
    private final long payRunId;

    PayRunWriter(JdbcTemplate jdbc, long payRunId) {
        this.jdbc = jdbc;
        this.payRunId = payRunId;
    }

    @Override
    public void write(Chunk<? extends EmployeePay> chunk) {
        List<Object[]> employees = new ArrayList<>(chunk.size());
        List<Object[]> lines = new ArrayList<>(chunk.size() * 4);
        List<Object[]> errors = new ArrayList<>();
        List<Object[]> deviations = new ArrayList<>();
        for (EmployeePay pay : chunk) {
            employees.add(new Object[] {payRunId, pay.employeeId(), pay.costCentre(), pay.gross(), pay.tax(), pay.netDeductions(),
                    pay.net(), pay.employerContributions(), pay.pension(), pay.payday(), (int) pay.errors(), (int) pay.warnings()});
            int seq = 1;
            for (EmployeePay.Line l : pay.lines())
                lines.add(new Object[] {payRunId, pay.employeeId(), seq++, l.employmentId(), l.costCentre(), l.code(), l.text(),
                        l.amount(), l.taxable(), l.earnedFrom(), l.earnedTo()});
            seq = 1;
            for (Problem p : pay.problems())
                errors.add(new Object[] {payRunId, pay.employeeId(), seq++, p.employmentId(), p.code(), p.severity().name(),
                        p.message().length() <= 500 ? p.message() : p.message().substring(0, 500)});
            for (Long d : pay.paidDeviations())
                deviations.add(new Object[] {payRunId, d, pay.employeeId()});
        }
        jdbc.batchUpdate("""
                INSERT INTO pay_run_employee (pay_run_id, employee_id, cost_centre_code, gross, tax, net_deductions, net,
                    employer_contributions, pension, payday, errors, warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", employees);
        if (!lines.isEmpty())
            jdbc.batchUpdate("""
                    INSERT INTO pay_line (pay_run_id, employee_id, seq, employment_id, cost_centre_code, code, text, amount, taxable,
                        earned_from, earned_to)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", lines);
        if (!errors.isEmpty())
            jdbc.batchUpdate("""
                    INSERT INTO pay_run_error (pay_run_id, employee_id, seq, employment_id, code, severity, message)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", errors);
        if (!deviations.isEmpty())
            jdbc.batchUpdate("INSERT INTO pay_run_deviation (pay_run_id, deviation_id, employee_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    deviations);
    }
}

package se.servicekontor.payroll.payrun;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import se.servicekontor.platform.jobs.BulkInsert;

/**
 * Writes a chunk of employees' results, pay lines, errors and paid deviations (a sick row with its sick period's day 1,
 * karensavdrag left and whether it made, waived or awaits the karensavdrag) in the chunk transaction with {@link BulkInsert} (COPY on PostgreSQL). Each row is written once: the
 * rows commit together with the reader's position, so a restarted partition continues after the last committed chunk;
 * every table's primary key is its natural key, so a row written twice would fail the chunk rather than count twice.
 */
class PayRunWriter implements ItemWriter<EmployeePay> {

    private final DataSource dataSource;
    private final BulkInsert<EmployeePay> results;
    private final BulkInsert<Numbered<EmployeePay.Line>> lines;
    private final BulkInsert<Numbered<Problem>> problems;
    private final BulkInsert<Numbered<PaidDeviation>> deviations;

    PayRunWriter(DataSource dataSource, long payRunId) {
        this.dataSource = dataSource;
        Long run = payRunId;
        results = BulkInsert.into("pay_run_employee", List.of("pay_run_id", "employee_id", "cost_centre_code", "gross", "tax",
                "net_deductions", "net", "employer_contributions", "pension", "payday", "errors", "warnings", "claim_raised",
                "claim_recovered", "claim_after"), pay -> new Object[] {run, pay.employeeId(), pay.costCentre(), pay.gross(), pay.tax(),
                pay.netDeductions(), pay.net(), pay.employerContributions(), pay.pension(), pay.payday(), (int) pay.errors(),
                (int) pay.warnings(), pay.claimRaised(), pay.claimRecovered(), pay.claimAfter()});
        lines = BulkInsert.into("pay_line", List.of("pay_run_id", "employee_id", "seq", "employment_id", "cost_centre_code", "code",
                "text", "amount", "taxable", "earned_from", "earned_to"), n -> new Object[] {run, n.employeeId(), n.seq(),
                n.value().employmentId(), n.value().costCentre(), n.value().code(), n.value().text(), n.value().amount(),
                n.value().taxable(), n.value().earnedFrom(), n.value().earnedTo()});
        problems = BulkInsert.into("pay_run_error", List.of("pay_run_id", "employee_id", "seq", "employment_id", "code", "severity",
                "message"), n -> new Object[] {run, n.employeeId(), n.seq(), n.value().employmentId(), n.value().code(),
                n.value().severity().name(), n.value().message().length() <= 500 ? n.value().message() : n.value().message().substring(0, 500)});
        deviations = BulkInsert.into("pay_run_deviation", List.of("pay_run_id", "deviation_id", "employee_id", "sick_first_day",
                "karens_left", "karens"), n -> new Object[] {run, n.value().id(), n.employeeId(),
                n.value().sick() == null ? null : n.value().sick().firstDay(),
                n.value().sick() == null ? null : n.value().sick().karensLeft(),
                n.value().sick() == null || n.value().sick().karens() == null ? null : n.value().sick().karens().name()});
    }

    private record Numbered<T>(long employeeId, int seq, T value) {
    }

    /** A paid deviation with its sick period when it is a sick row (else null). */
    private record PaidDeviation(long id, EmployeePay.SickPeriod sick) {
    }

    @Override
    public void write(Chunk<? extends EmployeePay> chunk) {
        List<? extends EmployeePay> employees = chunk.getItems();
        List<Numbered<EmployeePay.Line>> chunkLines = new ArrayList<>(employees.size() * 3);
        List<Numbered<Problem>> chunkProblems = new ArrayList<>();
        List<Numbered<PaidDeviation>> chunkDeviations = new ArrayList<>();
        for (EmployeePay pay : employees) {
            int seq = 1;
            for (EmployeePay.Line l : pay.lines())
                chunkLines.add(new Numbered<>(pay.employeeId(), seq++, l));
            seq = 1;
            for (Problem p : pay.problems())
                chunkProblems.add(new Numbered<>(pay.employeeId(), seq++, p));
            for (Long d : pay.paidDeviations())
                chunkDeviations.add(new Numbered<>(pay.employeeId(), 0, new PaidDeviation(d, pay.sickPeriods().get(d))));
        }
        results.write(dataSource, employees);
        lines.write(dataSource, chunkLines);
        problems.write(dataSource, chunkProblems);
        deviations.write(dataSource, chunkDeviations);
    }
}

package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.shared.Amount;
import se.servicekontor.shared.BankAccount;
import se.servicekontor.shared.PersonalIdentityNumber;

/**
 * A few employees for page tests outside this package (the pay run's pages): a department PLD with
 * cost centres PL1 and PL2, and permanent monthly-paid employments saved through {@link Employments}.
 */
public record PayrollTestEmployees(Employments employments, JdbcClient jdbc, Clock clock) {

    /** Empties the payroll register (and the pay runs that refer to it) and makes sure PLD/PL1/PL2 exist. */
    public void reset() {
        for (String table : List.of("payroll_claim_write_off_request", "payroll_claim", "payroll_claim_adjustment", "pay_run_deviation", "pay_run_error", "pay_line",
                "pay_run_employee", "pay_period", "deviation", "pay_run_officer", "payslip_file", "salary_payment", "pay_run", "salary_change", "employment_rate_change", "employment",
                "payroll_employee"))
            jdbc.sql("DELETE FROM " + table).update();
        if (jdbc.sql("SELECT count(*) FROM cost_centre WHERE code = 'PL1'").query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO department (code, name) VALUES ('PLD', 'Lönetest')").update();
            jdbc.sql("INSERT INTO cost_centre (code, name, department_id) SELECT 'PL1', 'Lön 1', id FROM department WHERE code = 'PLD'").update();
            jdbc.sql("INSERT INTO cost_centre (code, name, department_id) SELECT 'PL2', 'Lön 2', id FROM department WHERE code = 'PLD'").update();
        }
    }

    /**
     * Hires a permanent full-time employee from 2020-01-01 on tax table 32 column 1; returns the employee id.
     *
     * @param withBankAccount false leaves the bank account out (an error in the pay run's error list)
     */
    public long hire(String personnummer, String firstName, String lastName, boolean protectedIdentity, String costCentre,
                     String monthlySalary, boolean withBankAccount) {
        employments.save(new EmploymentRow(PersonalIdentityNumber.parse(personnummer, clock), firstName, lastName,
                protectedIdentity ? "Hemliga vägen 2" : "Storgatan 1", "123 45", "Exempelby", protectedIdentity, costCentre,
                EmploymentForm.PERMANENT, LocalDate.of(2020, 1, 1), null, Amount.ofKronor(monthlySalary), LocalDate.of(2020, 1, 1),
                new BigDecimal("100"), new BigDecimal("40"), TaxKind.TABLE, 32, 1, null, null,
                withBankAccount ? BankAccount.parse("5000", "1234560") : null, BigDecimal.ZERO, "AKAP-KR"), "testare");
        return jdbc.sql("SELECT id FROM payroll_employee WHERE personal_identity_number = ?").param(personnummer)
                .query(Long.class).single();
    }

    public long employmentOf(long employeeId) {
        return jdbc.sql("SELECT id FROM employment WHERE employee_id = ? ORDER BY id LIMIT 1").param(employeeId).query(Long.class).single();
    }
}

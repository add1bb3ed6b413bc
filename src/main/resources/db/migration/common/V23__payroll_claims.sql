-- Negative net pay carried as a claim (löneskuld): a month whose deductions exceed its pay pays 0 kr and the
-- shortfall becomes the employer's claim on the employee, recovered from later months' net pay within the
-- configured limit (servicekontor.payroll.claim-recovery-percent). Portable SQL: PostgreSQL and H2 in PostgreSQL mode.

-- What each run did with the claim (calculated from the open claim when the run was calculated). Only the release of a
-- FINAL run applies it to payroll_claim, so preliminary runs stay repeatable.
ALTER TABLE pay_run_employee ADD COLUMN claim_raised NUMERIC(15,2) NOT NULL DEFAULT 0;
ALTER TABLE pay_run_employee ADD COLUMN claim_recovered NUMERIC(15,2) NOT NULL DEFAULT 0;
ALTER TABLE pay_run_employee ADD COLUMN claim_after NUMERIC(15,2) NOT NULL DEFAULT 0;

-- The open claim per employee; a row only while something is owed. changed_by_pay_run_id = the released run that left it.
CREATE TABLE payroll_claim (
    employee_id           BIGINT                   NOT NULL PRIMARY KEY REFERENCES payroll_employee (id),
    amount                NUMERIC(15,2)            NOT NULL,
    changed_by_pay_run_id BIGINT                   NOT NULL REFERENCES pay_run (id),
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payroll_claim_positive CHECK (amount > 0)
);

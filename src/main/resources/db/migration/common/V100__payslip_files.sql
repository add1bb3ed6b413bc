-- Payslips (lönespecifikationer) of a released pay run: payslipJob archives one ZIP per department
-- (produced_file, kind 'payslips') and records it here. Unique per run and department, so a restarted
-- job skips the departments already archived and never records one twice.
CREATE TABLE payslip_file (
    pay_run_id       BIGINT       NOT NULL REFERENCES pay_run (id),
    department_code  VARCHAR(20)  NOT NULL,
    produced_file_id BIGINT       NOT NULL REFERENCES produced_file (id),
    payslips         INTEGER      NOT NULL,
    CONSTRAINT payslip_file_once PRIMARY KEY (pay_run_id, department_code)
);

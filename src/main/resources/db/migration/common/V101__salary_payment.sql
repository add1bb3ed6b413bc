-- The salary payment file (pain.001.001.03, category purpose SALA) of a released pay run: written once per
-- run by salaryPaymentJob (the primary key refuses a second), archived in produced_file with its SHA-256,
-- then released to the bank by a payroll officer other than the one who released the pay run (four-eyes).
CREATE TABLE salary_payment (
    pay_run_id       BIGINT                   NOT NULL PRIMARY KEY REFERENCES pay_run (id),
    period           CHAR(7)                  NOT NULL,
    produced_file_id BIGINT                   NOT NULL REFERENCES produced_file (id),
    message_id       VARCHAR(35)              NOT NULL,
    execution_date   DATE                     NOT NULL,
    payments         INTEGER                  NOT NULL,
    total            NUMERIC(15,2)            NOT NULL,
    status           VARCHAR(12)              NOT NULL,
    pay_run_released_by VARCHAR(100)          NOT NULL,
    released_by      VARCHAR(100),
    released_at      TIMESTAMP WITH TIME ZONE,
    version          INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT salary_payment_status CHECK (status IN ('PRODUCED', 'RELEASED')),
    CONSTRAINT salary_payment_released CHECK (status <> 'RELEASED' OR (released_by IS NOT NULL AND released_at IS NOT NULL))
);

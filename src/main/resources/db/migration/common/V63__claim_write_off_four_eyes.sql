-- Issue 12, part 3: writing off a claim (avskrivning) needs a second officer. One officer asks for it (amount and reason);
-- it takes effect only when another officer confirms it (Claims.confirmWriteOff, FourEyes.samePerson). One request a claim.
CREATE TABLE payroll_claim_write_off_request (
    employee_id   BIGINT                   NOT NULL PRIMARY KEY REFERENCES payroll_employee (id),
    amount        NUMERIC(12,2)            NOT NULL,
    reason        VARCHAR(500)             NOT NULL,
    requested_by  VARCHAR(100)             NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT claim_write_off_request_positive CHECK (amount > 0)
);

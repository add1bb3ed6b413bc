-- Issue 12, part 3: four-eyes on a pay run. Every officer who started or restarted a run is recorded; none of them may release
-- it (PayRun.release, FourEyes.samePerson), and the database refuses a release by the officer who started the run.
CREATE TABLE pay_run_officer (
    pay_run_id  BIGINT                   NOT NULL REFERENCES pay_run (id),
    officer     VARCHAR(100)             NOT NULL,
    action      VARCHAR(20)              NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pay_run_officer_action CHECK (action IN ('STARTED', 'RESTARTED'))
);
CREATE INDEX pay_run_officer_run ON pay_run_officer (pay_run_id);
ALTER TABLE pay_run ADD CONSTRAINT pay_run_released_by_other
    CHECK (released_by IS NULL OR LOWER(TRIM(released_by)) <> LOWER(TRIM(started_by)));

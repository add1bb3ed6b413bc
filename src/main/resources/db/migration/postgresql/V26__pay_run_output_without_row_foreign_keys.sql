-- The rows payRunJob writes for its own run (results, pay lines, error list, paid deviations) carry no foreign keys
-- on PostgreSQL. Each key was checked per inserted row (an extra lookup — it doubled the cost of writing a pay line),
-- and the check on pay_run locked that one row from every partition's transaction at once. The job writes these rows
-- only for the run it was started for, after beforeJob has found that run, from employees it has just read; runs and
-- employees are never deleted. (H2, the embedded demo, keeps them: small volumes, one writer.) Measured with
-- PayRunBenchmark; see batch-jobs/README.md.
ALTER TABLE pay_run_employee DROP CONSTRAINT pay_run_employee_pay_run_id_fkey;
ALTER TABLE pay_run_employee DROP CONSTRAINT pay_run_employee_employee_id_fkey;
ALTER TABLE pay_line DROP CONSTRAINT pay_line_pay_run_id_fkey;
ALTER TABLE pay_run_error DROP CONSTRAINT pay_run_error_pay_run_id_fkey;
ALTER TABLE pay_run_deviation DROP CONSTRAINT pay_run_deviation_pay_run_id_fkey;

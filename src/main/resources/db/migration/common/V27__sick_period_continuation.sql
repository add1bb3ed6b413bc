-- A sick period that crosses a month end is reported as two rows paid in two runs (eftersläp). For each sick row (SJK, SJT)
-- a run pays, it records day 1 of the row's sick period and the karensavdrag of that period still to take after the run,
-- so the run of the next month can continue the period (Sjuklönelagen 7 §: within five days, no new karensavdrag).
-- Null on every other row and on sick rows paid before this column existed. Portable SQL: PostgreSQL and H2 in PostgreSQL mode.
ALTER TABLE pay_run_deviation ADD COLUMN sick_first_day DATE;
ALTER TABLE pay_run_deviation ADD COLUMN karens_left NUMERIC(15,2);

-- Per sick row (SJK, SJT) a run pays: what became of its sick period's karensavdrag, for the high-risk protection
-- (Sjuklönelagen 6 §: no karensavdrag in a new sick period after ten in the twelve months before its day 1) and for a
-- period begun before a short employment qualified for sick pay (3 §), whose karensavdrag waits for its first paid shift.
--   MADE    the row began the period's karensavdrag (a new period, or the first paid shift of one begun without sick pay);
--           one karensavdrag, dated by sick_first_day
--   WAIVED  the row began a new period without karensavdrag: ten in the twelve months before its day 1
--   PENDING the row is of a period with no sick pay yet (not qualified, 3 §): its first paid shift makes the karensavdrag
--   NULL    a later row of a period (relapse within five days, continuation over a month end), and every other row
-- Rows paid before this column: every new period then made a karensavdrag, and the row that began one had its own first
-- day as the period's day 1, so those rows are MADE. Portable SQL: PostgreSQL and H2 in PostgreSQL mode.
ALTER TABLE pay_run_deviation ADD COLUMN karens VARCHAR(7);
ALTER TABLE pay_run_deviation ADD CONSTRAINT pay_run_deviation_karens CHECK (karens IN ('MADE', 'WAIVED', 'PENDING'));
UPDATE pay_run_deviation SET karens = 'MADE'
WHERE sick_first_day IS NOT NULL
  AND sick_first_day = (SELECT d.from_date FROM deviation d WHERE d.id = pay_run_deviation.deviation_id);

-- The pay run reads, per page, the karensavdrag of the employees with a sick row to pay (high-risk protection,
-- Sjuklönelagen 6 §): a partial index holds only the rows that made one, so it stays small and the pay run's writes of
-- every other paid deviation do not maintain it. (H2, the embedded demo, reads its few rows without it.)
CREATE INDEX pay_run_deviation_karensavdrag ON pay_run_deviation (employee_id, sick_first_day) WHERE karens = 'MADE';

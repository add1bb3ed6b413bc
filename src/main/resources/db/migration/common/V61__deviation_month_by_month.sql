-- Issue 12 (DOMAIN decisions 2026-12-08): a deviation spanning months is paid month by month. An absence over a month end is
-- stored as one row per calendar month (the later parts keep the first part's natural key with "/YYYY-MM" after it, hence the
-- wider column), and an ongoing absence has no end date until the pay run closes its elapsed months.
ALTER TABLE deviation ALTER COLUMN to_date DROP NOT NULL;
ALTER TABLE deviation ALTER COLUMN natural_key SET DATA TYPE VARCHAR(100);

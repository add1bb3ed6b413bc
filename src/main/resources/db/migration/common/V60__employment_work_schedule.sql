-- Issue 12: an employment's work schedule (days a week from Monday; 5 = Monday–Friday). Work days, the absence factor
-- (7 / days a week, AB § 28) and sick days count from it; public holidays and the three eves are free on every schedule.
ALTER TABLE employment ADD COLUMN work_days_per_week SMALLINT DEFAULT 5 NOT NULL;
ALTER TABLE employment ADD CONSTRAINT employment_work_days_per_week_range CHECK (work_days_per_week BETWEEN 1 AND 7);

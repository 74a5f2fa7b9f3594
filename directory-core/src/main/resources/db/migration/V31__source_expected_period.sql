-- How often a source is expected to publish, in days: past it without a successful harvest, the
-- source is flagged stale (null: the directory's default, directory.sources.expected-period-days).
alter table source add column expected_period_days integer;

-- When the way a source's file is read (its format or mapping) last changed: the same file imported
-- before that is read again, not reported unchanged.
alter table source add column reading_changed_at timestamp with time zone;

-- The same report about the same venue sent again within a day is counted on the first one
-- instead of being stored again: its message normalised, how many times, and the last time.
alter table error_report add column message_key varchar(2000);
alter table error_report add column repeats integer default 1 not null;
alter table error_report add column last_reported_at timestamp with time zone;

create index error_report_repeat on error_report (venue_id, source_key, message_key);

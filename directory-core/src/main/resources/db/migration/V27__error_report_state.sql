-- What the source did about a citizen's report: nouveau (not looked at yet), en-cours, corrige,
-- rejete; set by the source in the console, and when it was last set.
alter table error_report add column state varchar(20) default 'nouveau' not null;
alter table error_report add column state_changed_at timestamp with time zone;

create index error_report_source_state on error_report (source_key, state, id);

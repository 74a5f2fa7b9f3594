-- Rows a mapping's skip conditions left out of a run (a hub's inactive or test venues): how many,
-- and how many for each reason, so that the run's report says so after the answer.
alter table import_run add column rows_skipped integer default 0 not null;

create table import_run_skipped (
    run_id    bigint        not null references import_run (id),
    reason    varchar(1000) not null,
    row_count integer       not null,
    primary key (run_id, reason)
);

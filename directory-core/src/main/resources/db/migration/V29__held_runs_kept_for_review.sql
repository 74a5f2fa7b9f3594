-- A held run keeps its staged rows and the venues it would retire, so that the administrator can
-- see them, then release the run (publish exactly that file) or discard it.
alter table import_run add column kept_for_review boolean default false not null;
-- When the administrator released or discarded a held run (or a newer publication made it stale).
alter table import_run add column decided_at timestamp with time zone;

-- The venues (local ids of the run's source) a held run would retire.
create table import_held_retirement (
    run_id   bigint       not null references import_run (id),
    local_id varchar(255) not null,
    primary key (run_id, local_id)
);

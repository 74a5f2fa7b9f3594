-- When the node running an import last said it was alive. A running run whose heartbeat is older
-- than the lease is concluded as interrupted by any node, which frees its source.
alter table import_run add column heartbeat_at timestamp with time zone;
update import_run set heartbeat_at = started_at where status = 'RUNNING';

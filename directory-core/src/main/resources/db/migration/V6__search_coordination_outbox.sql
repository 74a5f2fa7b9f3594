-- Tables of Hibernate Search's outbox-polling coordination (several application nodes sharing one
-- database and one index, DIRECTORY_INDEX_COORDINATION=outbox-polling; docs/deploy.md). Changes
-- are written as events in the same transaction as the venues, and each node's event processor
-- indexes its share of them. Unused (and empty) with the default coordination, none. Names and
-- types are those Hibernate Search maps (generated from its mapping on H2 and PostgreSQL); enums
-- are stored by name.
create table hsearch_agent (
    id                 uuid          not null primary key,
    type               varchar(255)  not null,
    name               varchar(255)  not null,
    expiration         timestamp(6) with time zone not null,
    state              varchar(255)  not null,
    totalShardCount    integer,
    assignedShardIndex integer,
    tenantId           varchar(255),
    payload            bytea
);

create table hsearch_outbox_event (
    id           uuid          not null primary key,
    entityName   varchar(256)  not null,
    entityId     varchar(256)  not null,
    entityIdHash integer       not null,
    payload      bytea         not null,
    retries      integer       not null,
    processAfter timestamp(6) with time zone not null,
    status       varchar(255)  not null,
    tenantId     varchar(255)
);

create index hsearch_outbox_event_process_after on hsearch_outbox_event (processAfter);

-- What each row of a source's file prepared into (validated, placed, fingerprinted), by the row's
-- digest: a row whose digest and venue are the same at the next import is not prepared again, and
-- its warnings are read from here. A fact about the code that prepared it (the digest includes its
-- build), written whether or not the run was published; one row per listing of a source.
create table prepared_row (
    source_key  varchar(100)    not null,
    local_id    varchar(255)    not null,
    row_digest  varchar(44)     not null,
    fingerprint varchar(64)     not null,
    warnings    varchar(200000),
    primary key (source_key, local_id)
);

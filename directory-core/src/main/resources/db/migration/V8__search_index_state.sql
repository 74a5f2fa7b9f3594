-- Which version of the search mapping the index was built with: a start-up with a newer mapping
-- rebuilds the index of an existing directory (IndexUpgrade). Indexes built before this table
-- existed have version 1.
create table search_index_state (
    id               integer primary key,
    mapping_version  integer not null,
    rebuilding_since timestamp with time zone
);

insert into search_index_state (id, mapping_version) values (1, 1);

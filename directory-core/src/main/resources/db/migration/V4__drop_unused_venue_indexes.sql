-- Searches go through the search index, and per-source queries use the unique index
-- (source_key, local_id): these two only slowed every insert down.
drop index venue_code_postal;
drop index venue_source;

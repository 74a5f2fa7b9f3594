-- The payloads of Hibernate Search's outbox tables (V6) take the type its mapping gives a large
-- binary value on each database: bytea on PostgreSQL, as V6 made them, but BLOB on H2, where V6's
-- bytea is a VARBINARY. The tables are unused (and empty) on H2, which serves one node; with them
-- matching its mapping, SchemaMatchesEntitiesTest checks them with the directory's entities.
-- ${large_binary} is the type DatabaseMigrations gives for the database (on PostgreSQL the
-- statements change nothing).
alter table hsearch_agent alter column payload set data type ${large_binary};
alter table hsearch_outbox_event alter column payload set data type ${large_binary};

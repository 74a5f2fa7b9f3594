-- A merged venue's provenance names every listing behind each field: a group of many listings
-- (a national network's branches, generated test data) overflowed 20,000 characters, which
-- rolled back the whole federation batch it was in. 1,000,000 fits any group and both databases.
alter table merged_venue alter column provenance set data type varchar(1000000);

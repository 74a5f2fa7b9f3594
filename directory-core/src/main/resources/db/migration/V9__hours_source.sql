-- Hours a hub wrote that could not be read exactly (wholly or partly): the hub's own text. When it
-- is set, horaires holds only the days read with certainty (or nothing) and the venue is never said
-- open or closed at a time.
alter table venue add column horaires_source varchar(2000);
alter table merged_venue add column horaires_source varchar(2000);

-- A staged row keeps the hub's text of hours not read exactly: it is not a field of the standard,
-- so the standard row alone would lose it at publication.
alter table import_staged_row add column horaires_source varchar(20000);

-- Temporary closures and exceptional hours recorded for a venue by a hub or the administrator:
-- a JSON array of {du, au, horaires, motif} (see Closure.format).
alter table merged_venue add column closures varchar(8000);

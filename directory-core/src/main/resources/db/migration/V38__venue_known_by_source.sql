-- An import reads, for every venue of its source, its local id, fingerprint and retirement date
-- (ImportWriter.known): from this index alone, without reading the wide venue rows (some 40
-- columns, texts of kilobytes), which made most of that read's time and memory at 100,000 venues.
create index venue_known on venue (source_key, local_id, fingerprint, retired_at);

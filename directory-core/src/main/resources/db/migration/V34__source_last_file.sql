-- The last file each source sent (pushed, pulled or uploaded in the console), whatever its run
-- became: the administrator tries an edited mapping on it before saving. One row per source,
-- replaced by each new file; the content is gzip-compressed and left out (null) when even
-- compressed it is larger than directory.feed.keep-last-bytes, its date, size and hash kept.
create table source_last_file (
    source_key     varchar(100)  not null primary key references source (source_key),
    received_at    timestamp with time zone not null,
    run_id         bigint,
    size_bytes     bigint        not null,
    content_sha256 varchar(64)   not null,
    content_gzip   bytea
);

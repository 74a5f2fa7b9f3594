-- Each listing's merged venue and pending mark move to a narrow table of their own (one row per
-- listing, written with the listing): federation writes both for every listing it composes, and
-- rewriting the wide venue row (some 40 columns, texts of kilobytes) to change them made most of
-- its write time. The version of the venue row is left alone by federation's writes.
create table venue_federation (
    venue_id           varchar(36) not null primary key references venue (id) on delete cascade,
    merged_id          varchar(36),
    federation_pending boolean     default true not null
);

insert into venue_federation (venue_id, merged_id, federation_pending)
    select id, merged_id, federation_pending from venue;

drop index venue_merged;
drop index venue_federation_pending;
alter table venue drop column merged_id;
alter table venue drop column federation_pending;

create index venue_federation_merged on venue_federation (merged_id);
create index venue_federation_pending on venue_federation (federation_pending);

-- The change feed for integrators (issue 16), as in the other services: a transactional outbox read back as
-- CloudEvents by vn.coso.platform.feed.ChangeFeed. Membership's events carry anonymous counts only: after each
-- reportable event, a cell's figures of that kind and year, by category; never a candidate.
create table feed_event (
    id          bigint        generated always as identity primary key,
    tx          xid8          not null default pg_current_xact_id(),
    type        varchar(120)  not null,
    subject     uuid          not null,
    unit_id     uuid          not null,
    occurred_at timestamptz   not null,
    data        jsonb         not null
);
create index feed_event_position on feed_event (tx, id);

-- The figures already there, one snapshot per cell, kind and year, so that a feed read from the start misses none
insert into feed_event (type, subject, unit_id, occurred_at, data)
select 'vn.coso.membership.' || lower(e.kind) || '.snapshot', e.cell_id, e.cell_id, now(),
       jsonb_build_object('unitId', e.cell_id, 'kind', e.kind, 'year', e.year, 'count', e.count,
                          'byCategory', coalesce((select jsonb_object_agg(c.category, c.n)
                                                  from (select category, count(*) as n
                                                        from membership_event x, unnest(x.categories) category
                                                        where x.cell_id = e.cell_id and x.kind = e.kind
                                                          and extract(year from x.occurred_on) = e.year
                                                        group by category) c), '{}'::jsonb))
from (select cell_id, kind, cast(extract(year from occurred_on) as integer) as year, count(*) as count
      from membership_event group by cell_id, kind, extract(year from occurred_on)) e
order by e.year, e.cell_id, e.kind;

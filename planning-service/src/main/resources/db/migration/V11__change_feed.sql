-- The change feed for integrators (issue 16), as in dialogue-service: a transactional outbox read back as
-- CloudEvents by vn.coso.platform.feed.ChangeFeed, positioned by the writing transaction's id, then the row's.
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

-- Every target already set, as it stands (the fields of the target's own view that its row holds), so that a feed
-- read from the start misses none of them
insert into feed_event (type, subject, unit_id, occurred_at, data)
select 'vn.coso.planning.target.snapshot', t.id, t.unit_id, now(),
       jsonb_build_object('id', t.id, 'year', t.year, 'unitId', t.unit_id, 'indicator', t.indicator,
                          'category', t.category, 'documentId', t.document_id, 'baseline', t.baseline,
                          'value', t.absolute_value, 'growthPercent', t.growth_percent,
                          'targetValue', t.target_value, 'parentTargetId', t.parent_target_id,
                          'overAllocated', t.over_allocated, 'remappedFrom', t.remapped_from,
                          'remappedAt', t.remapped_at, 'version', t.version)
from target t
order by t.created_at, t.id;

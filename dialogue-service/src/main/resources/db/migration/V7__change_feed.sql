-- The change feed for integrators (issue 16): a transactional outbox read back as CloudEvents by
-- vn.coso.platform.feed.ChangeFeed. Its position is the writing transaction's id, then the row's, so that a reader
-- never passes an event of a transaction still running.
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

-- Every opinion already recorded, as it stands, so that a feed read from the start misses none of them
insert into feed_event (type, subject, unit_id, occurred_at, data)
select 'vn.coso.dialogue.opinion.snapshot', o.id, o.commune_id, now(),
       jsonb_build_object('opinionId', o.id, 'communeId', o.commune_id, 'villageId', o.village_id,
                          'handlerUnitId', o.handler_unit_id, 'channel', o.channel, 'topic', o.topic,
                          'legalType', o.legal_type, 'status', o.status, 'receivedOn', o.received_on,
                          'dueOn', o.due_on, 'repliedOn', o.replied_on, 'replySentOn', o.reply_sent_on,
                          'reopened', o.reopened)
from opinion o
order by o.created_at, o.id;

-- The registry in the integrators' feed too, in the same shape as every other change (issue 16): each change to a
-- unit, its parent links or its predecessors (all of which touch the unit row, V1) appends the unit as
-- /units/changes gives it (UnitFeedEntry) to feed_event, in the same transaction. The services' own copies keep
-- reading /units/changes.
create function unit_feed_entry(unit_id uuid) returns jsonb language sql stable as $$
    select jsonb_build_object(
        'id', u.id, 'code', u.code, 'name', u.name, 'kind', u.kind, 'cellKind', u.cell_kind,
        'validFrom', u.valid_from, 'validTo', u.valid_to,
        'parents', coalesce((select jsonb_agg(jsonb_build_object('parentId', p.parent_id, 'validFrom', p.valid_from,
                                                                 'validTo', p.valid_to) order by p.valid_from)
                             from unit_parent p where p.unit_id = u.id), '[]'::jsonb),
        'predecessors', coalesce((select jsonb_agg(s.predecessor_id order by s.predecessor_id)
                                  from unit_succession s where s.successor_id = u.id), '[]'::jsonb),
        'seq', u.seq)
    from unit u where u.id = unit_id
$$;

create function unit_feed_append() returns trigger language plpgsql as $$
begin
    insert into feed_event (type, subject, unit_id, occurred_at, data)
    values ('vn.coso.planning.unit.changed', new.id, new.id, now(), unit_feed_entry(new.id));
    return null;
end
$$;

create trigger unit_feed_append after insert or update on unit
    for each row execute function unit_feed_append();

-- Every unit already registered, as it stands
insert into feed_event (type, subject, unit_id, occurred_at, data)
select 'vn.coso.planning.unit.snapshot', u.id, u.id, now(), unit_feed_entry(u.id)
from unit u
order by u.seq;

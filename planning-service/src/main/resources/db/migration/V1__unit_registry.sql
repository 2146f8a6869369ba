-- The unit registry: party organisations, residential areas and state bodies, as a tree whose parent links have
-- validity dates, with succession links from old units to new ones (DOMAIN.md §1).

create table unit (
    id          uuid primary key,
    code        varchar(64)  not null,
    name        varchar(300) not null,
    kind        varchar(40)  not null,
    cell_kind   varchar(40),
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    seq         bigint       not null,
    updated_at  timestamptz  not null default now(),
    constraint unit_valid_range check (valid_to is null or valid_to >= valid_from),
    constraint unit_cell_kind check ((kind = 'CELL') = (cell_kind is not null))
);

-- a code names one unit at a time; an ended unit's code may be reused later
create unique index unit_code_current on unit (code) where valid_to is null;
create index unit_seq on unit (seq);

create table unit_parent (
    unit_id    uuid not null references unit (id),
    parent_id  uuid not null references unit (id),
    valid_from date not null,
    valid_to   date,
    primary key (unit_id, valid_from),
    constraint unit_parent_range check (valid_to is null or valid_to >= valid_from),
    constraint unit_parent_not_self check (unit_id <> parent_id)
);
create index unit_parent_parent on unit_parent (parent_id);

create table unit_succession (
    predecessor_id uuid        not null references unit (id),
    successor_id   uuid        not null references unit (id),
    kind           varchar(20) not null check (kind in ('MERGE', 'SPLIT', 'RENAME', 'END')),
    effective_date date        not null,
    decided_by     varchar(200),
    primary key (predecessor_id, successor_id)
);
create index unit_succession_successor on unit_succession (successor_id);

-- The change feed: every change to a unit, its parent links or its predecessors gives the unit a new position in
-- unit_change_seq. Unit writes are serialised by an advisory lock held to commit, so positions become visible in
-- order and a consumer that reads "seq > last seen" never skips a change.
create sequence unit_change_seq;

create function unit_touch() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7271001);
    new.seq := nextval('unit_change_seq');
    new.updated_at := now();
    return new;
end
$$;

create trigger unit_touch before insert or update on unit
    for each row execute function unit_touch();

create function unit_link_touch() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'unit_parent' then
        update unit set seq = 0 where id = coalesce(new.unit_id, old.unit_id);
    else
        update unit set seq = 0 where id = coalesce(new.successor_id, old.successor_id);
    end if;
    return null;
end
$$;

create trigger unit_parent_touch after insert or update or delete on unit_parent
    for each row execute function unit_link_touch();
create trigger unit_succession_touch after insert or update or delete on unit_succession
    for each row execute function unit_link_touch();

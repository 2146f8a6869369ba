-- Local copy of planning-service's unit registry, fed from its change feed (vn.coso.platform.units).
create table unit_copy (
    id              uuid primary key,
    code            varchar(64)  not null,
    name            varchar(300) not null,
    kind            varchar(40)  not null,
    valid_from      date         not null,
    valid_to        date,
    parent_ids      uuid[]       not null default '{}',
    predecessor_ids uuid[]       not null default '{}',
    seq             bigint       not null,
    synced_at       timestamptz  not null default now()
);

create table unit_copy_cursor (
    id       smallint primary key check (id = 1),
    last_seq bigint not null
);

-- The government's yearly decisions on the working-day calendar (vn.coso.platform.calendar computes the statutory
-- holidays): extra days off (a bridge day) and weekend days worked in exchange. Edited by admin.
create table calendar_override (
    day        date          primary key,
    kind       varchar(10)   not null check (kind in ('DAY_OFF', 'WORKING')),
    name       varchar(200)  not null,
    decided_by varchar(200),
    version    bigint        not null default 0,
    updated_at timestamptz   not null default now()
);

-- The events the yearly reports count, each frozen when it happens: where the cell stood in the tree that day and
-- the candidate's categories that day. A later edit of the candidate or a move of the cell changes none of it, and
-- an erased dossier leaves only this anonymous trace.
create table membership_event (
    id           bigint generated always as identity primary key,
    candidate_id uuid        not null,
    kind         varchar(20) not null check (kind in ('SENT_TO_CLASS', 'ADMITTED', 'CONFIRMED', 'STRUCK_OFF')),
    occurred_on  date        not null,
    cell_id      uuid        not null,
    -- the cell and every unit above it on occurred_on
    unit_path    uuid[]      not null,
    categories   text[]      not null,
    unique (candidate_id, kind)
);
create index membership_event_year on membership_event (kind, occurred_on);
create index membership_event_path on membership_event using gin (unit_path);

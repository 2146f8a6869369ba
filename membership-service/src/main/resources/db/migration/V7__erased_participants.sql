-- An erased candidate leaves a class's list; the class keeps the count of those who were there.
alter table awareness_class add column erased_participants integer not null default 0
    check (erased_participants >= 0);

-- Decisions now say which holiday they place (Tết, 2/9), and by which notice: a recorded Tết replaces the statutory
-- placement of that year's Tết, and every answer can name its source.
alter table calendar_override_copy drop constraint calendar_override_copy_kind_check;
alter table calendar_override_copy
    add constraint calendar_override_copy_kind_check check (kind in ('DAY_OFF', 'WORKING', 'TET', 'NATIONAL_DAY')),
    add column decided_by varchar(200);

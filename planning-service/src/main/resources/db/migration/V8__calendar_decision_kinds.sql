-- A recorded decision may place Tết's days or 2/9's second day for its year (replacing the statutory placement and
-- the decisions coso ships), besides extra days off and weekend days worked.
alter table calendar_override drop constraint calendar_override_kind_check;
alter table calendar_override alter column kind type varchar(20);
alter table calendar_override
    add constraint calendar_override_kind_check check (kind in ('DAY_OFF', 'WORKING', 'TET', 'NATIONAL_DAY'));

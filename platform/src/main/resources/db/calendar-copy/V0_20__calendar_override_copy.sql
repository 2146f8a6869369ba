-- This service's copy of the government's calendar decisions recorded in planning-service (extra days off, weekend
-- days worked), so that deadlines are counted on them even while planning-service is unreachable.
create table calendar_override_copy (
    day   date         primary key,
    kind  varchar(20)  not null check (kind in ('DAY_OFF', 'WORKING')),
    name  varchar(200) not null
);

-- Recurring plans of sessions and the obligations they stand for (DOMAIN.md §4): Quảng Lập's last Friday of each
-- month rotating through the villages; Đơn Dương's heads meeting each village at least once a quarter.
create table dialogue_schedule (
    id             uuid          primary key,
    commune_id     uuid          not null,
    kind           varchar(30)   not null check (kind in ('MONTHLY_LAST_WEEKDAY', 'QUARTERLY_PER_VILLAGE')),
    weekday        varchar(10)   check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                                    'SATURDAY', 'SUNDAY')),
    -- the villages, in the order of the rotation
    villages       uuid[]        not null,
    host           varchar(200)  not null,
    place          varchar(300)  not null,
    starts_on      date          not null,
    ends_on        date          not null,
    holiday_policy varchar(30)   not null check (holiday_policy in ('PREVIOUS_WORKING_DAY', 'NEXT_WORKING_DAY',
                                                                    'SKIP')),
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    check (ends_on >= starts_on),
    check (kind <> 'MONTHLY_LAST_WEEKDAY' or weekday is not null),
    check (cardinality(villages) between 1 and 200)
);
create index dialogue_schedule_commune on dialogue_schedule (commune_id);

alter table dialogue_session
    add column schedule_id   uuid references dialogue_schedule,
    add column change_reason varchar(1000);
create index dialogue_session_schedule on dialogue_session (schedule_id);

-- Targets (chỉ tiêu) per year, unit and indicator, handed down from a unit to the units below (DOMAIN.md §3).

-- Indicators are data: a new one is a row, not a release.
create table indicator (
    code        varchar(40)  primary key,
    name        varchar(200) not null,
    measure     varchar(10)  not null check (measure in ('COUNT', 'PERCENT')),
    -- where actual figures come from: another service's statistics, or entered by hand
    source      varchar(40)  not null
);

insert into indicator (code, name, measure, source) values
    ('ADMISSIONS', 'Kết nạp đảng viên mới', 'COUNT', 'MEMBERSHIP_ADMISSIONS'),
    ('AWARENESS_LEARNERS', 'Quần chúng được cử đi học lớp bồi dưỡng nhận thức về Đảng', 'COUNT',
     'MEMBERSHIP_CLASS_LEARNERS'),
    ('DIALOGUE_SESSIONS', 'Buổi đối thoại với Nhân dân được tổ chức', 'COUNT', 'DIALOGUE_SESSIONS'),
    ('ON_TIME_REPLIES', 'Tỷ lệ ý kiến, kiến nghị được trả lời đúng hạn', 'PERCENT', 'DIALOGUE_ON_TIME'),
    ('NEW_MODELS', 'Mô hình mới, cách làm sáng tạo được đăng ký', 'COUNT', 'MANUAL');

create table target (
    id               uuid primary key,
    year             integer      not null check (year between 2000 and 2100),
    unit_id          uuid         not null references unit (id),
    indicator        varchar(40)  not null references indicator (code),
    -- a reporting category of the indicator (ETHNIC_MINORITY, WOMEN, …); '' for the indicator as a whole
    category         varchar(40)  not null default '',
    document_id      uuid references document (id),
    baseline         numeric(12, 2),
    absolute_value   numeric(12, 2),
    growth_percent   numeric(7, 2),
    target_value     numeric(12, 2) not null check (target_value >= 0),
    parent_target_id uuid references target (id),
    over_allocated   boolean      not null default false,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    constraint target_value_or_growth check ((absolute_value is null) <> (growth_percent is null)),
    constraint target_growth_needs_baseline check (growth_percent is null or baseline is not null),
    constraint target_unique unique (year, unit_id, indicator, category)
);
create index target_parent on target (parent_target_id);
create index target_unit_year on target (unit_id, year);

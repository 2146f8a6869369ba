-- Work assigned by documents, the periodic reports units submit against a plan, and the units' models and
-- initiatives (DOMAIN.md §3).

-- A task: a document assigns work to a unit (and optionally a named person in it) with a due date
-- ("báo cáo kết quả trước ngày 30/10/2023").
create table task (
    id              uuid primary key,
    document_id     uuid          not null references document (id),
    unit_id         uuid          not null references unit (id),
    assignee        varchar(200),
    title           varchar(500)  not null,
    description     varchar(4000),
    due_on          date          not null,
    status          varchar(12)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    progress        integer       not null default 0 check (progress between 0 and 100),
    completed_on    date,
    closing_note    varchar(4000),
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    constraint task_done_has_date check ((status = 'DONE') = (completed_on is not null))
);
create index task_unit_due on task (unit_id, due_on);
create index task_open_due on task (due_on) where status in ('OPEN', 'IN_PROGRESS');
create index task_document on task (document_id);

-- Progress notes of a task, oldest first; never edited.
create table task_note (
    id          bigserial primary key,
    task_id     uuid          not null references task (id),
    written_on  date          not null,
    author      varchar(200),
    note        varchar(4000) not null,
    progress    integer       not null check (progress between 0 and 100),
    created_at  timestamptz   not null default now()
);
create index task_note_task on task_note (task_id, id);

-- A periodic report (quarterly, 6-month, yearly) a unit submits against a plan.
create table period_report (
    id            uuid primary key,
    plan_id       uuid          not null references document (id),
    unit_id       uuid          not null references unit (id),
    period        varchar(12)   not null check (period in ('QUARTER', 'HALF_YEAR', 'YEAR')),
    year          integer       not null check (year between 2000 and 2100),
    number        integer       not null check (number between 1 and 4),
    submitted_on  date          not null,
    summary       varchar(8000) not null,
    document_id   uuid references document (id),
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    constraint period_report_once unique (plan_id, unit_id, period, year, number)
);
create index period_report_unit on period_report (unit_id, year);

-- A model or initiative ("mô hình mới, cách làm sáng tạo") a unit registers for a year, reviewed at year end.
create table initiative (
    id             uuid primary key,
    unit_id        uuid          not null references unit (id),
    year           integer       not null check (year between 2000 and 2100),
    name           varchar(500)  not null,
    description    varchar(4000),
    document_id    uuid references document (id),
    registered_on  date          not null,
    evaluation     varchar(20) check (evaluation in ('EXCELLENT', 'GOOD', 'ACHIEVED', 'NOT_ACHIEVED')),
    results        varchar(4000),
    reviewed_on    date,
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    constraint initiative_review check ((evaluation is null) = (reviewed_on is null)),
    constraint initiative_name_once unique (unit_id, year, name)
);
create index initiative_unit_year on initiative (unit_id, year);

-- the NEW_MODELS indicator now counts the initiatives registered in the unit's subtree
update indicator set source = 'PLANNING_INITIATIVES' where code = 'NEW_MODELS';

-- An assigned opinion turned into work of its handler unit (issue 16, part 5): a task in planning-service. The
-- request commits here with the opinion's history entry (a transactional outbox) and is delivered after, again and
-- again with growing pauses while planning-service cannot be reached, until planning has the opinion's current unit
-- and due date; planning keeps one task per opinion however often it is delivered. The task's state, as planning
-- last answered it, is copied back for the opinion's view. Nothing personal leaves: the task names the opinion's
-- id, the topic and the dates; the handler reads the text here.
create table opinion_task (
    opinion_id        uuid          primary key references opinion (id),
    requested_at      timestamptz   not null,
    requested_by      varchar(200)  not null,
    instructions      varchar(4000),
    -- delivery: pending while planning-service may not have the opinion's current unit and due date
    pending           boolean       not null,
    attempts          integer       not null default 0,
    next_attempt_at   timestamptz,
    -- why the last delivery failed (a status or an exception's class; never a body)
    last_failure      varchar(200),
    -- the task as planning-service last answered it
    task_id           uuid,
    task_unit_id      uuid,
    task_status       varchar(12),
    task_progress     integer,
    task_due_on       date,
    task_completed_on date,
    synced_at         timestamptz
);
create index opinion_task_pending on opinion_task (next_attempt_at) where pending;
create index opinion_task_open on opinion_task (synced_at) where task_status in ('OPEN', 'IN_PROGRESS');

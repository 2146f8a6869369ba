-- What was said at a session, and what became of it (DOMAIN.md §4).

-- The session as held: who presided, who came, who spoke, the conclusion; entered from the paper record if need be.
alter table dialogue_session
    add column host              varchar(200),
    add column attendees         integer check (attendees >= 0),
    add column households        integer check (households >= 0),
    add column speakers          integer check (speakers >= 0),
    add column agenda            varchar(4000),
    add column report            varchar(8000),
    add column conclusion_number varchar(50),
    add column conclusion_date   date,
    add column recorded_by       varchar(200),
    add column recorded_at       timestamptz,
    add constraint session_speakers_attend check (speakers is null or attendees is null or speakers <= attendees);

-- Deadlines by legal type, as dated data: a petition, a complaint and a denunciation run on different clocks.
create table deadline_rule (
    legal_type         varchar(20)  not null check (legal_type in ('PETITION', 'COMPLAINT', 'DENUNCIATION')),
    valid_from         date         not null,
    working_days       smallint     not null check (working_days > 0),
    extension_max_days smallint     not null check (extension_max_days >= 0),
    legal_basis        varchar(300) not null,
    primary key (legal_type, valid_from)
);
insert into deadline_rule values
    ('PETITION', '2015-01-01', 10, 10,
     'Luật Tiếp công dân 2013, Điều 28; Nghị định 64/2014/NĐ-CP (kiến nghị, phản ánh) [cần xác minh]'),
    ('COMPLAINT', '2015-01-01', 30, 15, 'Luật Khiếu nại 2011, Điều 28 (30 ngày; 45 ngày với vụ việc phức tạp)'),
    ('DENUNCIATION', '2019-01-01', 30, 30, 'Luật Tố cáo 2018, Điều 30 (30 ngày; gia hạn một lần không quá 30 ngày)');

create table opinion (
    id               uuid          primary key,
    -- what the citizen holds to follow it: hard to guess, never reused
    tracking_code    varchar(16)   not null unique,
    session_id       uuid          references dialogue_session,
    channel          varchar(20)   not null check (channel in ('SESSION', 'RECEPTION_DAY', 'WRITTEN_PETITION',
                                                               'FATHERLAND_FRONT', 'ONLINE')),
    commune_id       uuid          not null,
    village_id       uuid,
    speaker_name     varchar(200),
    contact          varchar(200),
    citizen_subject  varchar(100),
    topic            varchar(30)   not null,
    legal_type       varchar(20)   not null check (legal_type in ('PETITION', 'COMPLAINT', 'DENUNCIATION')),
    text             varchar(8000) not null,
    received_on      date          not null,
    status           varchar(20)   not null check (status in ('RECEIVED', 'ANSWERED_ON_SPOT', 'ASSIGNED',
                                                              'REPLIED', 'CLOSED')),
    answered_by      varchar(200),
    answer           varchar(8000),
    handler_unit_id  uuid,
    assigned_on      date,
    due_on           date,
    extensions       smallint      not null default 0,
    extension_days   smallint      not null default 0,
    reply            varchar(8000),
    replied_on       date,
    reply_sent_on    date,
    reopened         smallint      not null default 0,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    check ((status = 'ANSWERED_ON_SPOT') = (answer is not null and handler_unit_id is null) or status <> 'ANSWERED_ON_SPOT'),
    check (due_on is null or assigned_on is null or due_on >= assigned_on)
);
create index opinion_commune on opinion (commune_id, received_on);
create index opinion_handler on opinion (handler_unit_id, status, due_on);
create index opinion_session on opinion (session_id);
create index opinion_citizen on opinion (citizen_subject);

-- Everything that happened to an opinion: assignment, progress, extension, re-classification, reply, supervision.
create table opinion_event (
    id          bigint       generated always as identity primary key,
    opinion_id  uuid         not null references opinion,
    kind        varchar(30)  not null,
    occurred_at timestamptz  not null default now(),
    actor       varchar(200) not null,
    note        varchar(4000),
    assessment  varchar(20)  check (assessment in ('ACCEPTED', 'INSUFFICIENT', 'LATE'))
);
create index opinion_event_opinion on opinion_event (opinion_id, id);

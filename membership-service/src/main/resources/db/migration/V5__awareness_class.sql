-- Party-awareness classes (lớp bồi dưỡng nhận thức về Đảng): participants, results, certificates for those who pass.
create table awareness_class (
    id          uuid         primary key,
    unit_id     uuid         not null,
    organiser   varchar(200) not null,
    title       varchar(300) not null,
    starts_on   date         not null,
    ends_on     date         not null,
    results_on  date,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    check (ends_on >= starts_on),
    check (results_on is null or results_on >= ends_on)
);
create index awareness_class_unit on awareness_class (unit_id, starts_on);

create table class_participant (
    class_id           uuid        not null references awareness_class,
    candidate_id       uuid        not null references candidate,
    passed             boolean,
    certificate_number varchar(50),
    primary key (class_id, candidate_id)
);
create index class_participant_candidate on class_participant (candidate_id);

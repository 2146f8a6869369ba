-- Dialogue sessions (buổi đối thoại, "lắng nghe dân nói"). Schedules, opinions and replies come with issue #4.
create table dialogue_session (
    id          uuid primary key,
    level       varchar(20)  not null check (level in ('PROVINCE', 'COMMUNE')),
    commune_id  uuid         not null,
    village_id  uuid         not null,
    held_on     date         not null,
    place       varchar(300) not null,
    status      varchar(20)  not null check (status in ('PLANNED', 'HELD', 'CONCLUDED', 'CANCELLED')),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now()
);
create index dialogue_session_commune on dialogue_session (commune_id, held_on);

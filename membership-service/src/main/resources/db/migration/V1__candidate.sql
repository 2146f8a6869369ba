-- Candidates for party membership (quần chúng ưu tú). The admission pipeline's steps come with issue #3.
create table candidate (
    id            uuid primary key,
    cell_id       uuid         not null,
    full_name     varchar(200) not null,
    date_of_birth date         not null,
    gender        varchar(10)  not null check (gender in ('FEMALE', 'MALE')),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index candidate_cell on candidate (cell_id);

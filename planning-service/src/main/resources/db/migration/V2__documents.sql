-- Numbered documents (văn bản) and the committee terms (nhiệm kỳ) their numbers run in (DOMAIN.md §3).

-- The abbreviation a unit signs its documents with: "HU" in 100-KH/HU. Defaults follow the unit's kind.
alter table unit add column doc_code varchar(20);
update unit set doc_code = case kind
    when 'PROVINCE_COMMITTEE' then 'TU'
    when 'DISTRICT_COMMITTEE' then 'HU'
    when 'COMMUNE_COMMITTEE' then 'ĐU'
    when 'PARTIAL_COMMITTEE' then 'ĐU'
    when 'CELL' then 'CB'
    else null end;

-- A committee term of an issuer (e.g. 2020–2025). Numbers run per issuer and type within a term.
create table committee_term (
    id         uuid primary key,
    unit_id    uuid         not null references unit (id),
    name       varchar(100) not null,
    starts_on  date         not null,
    ends_on    date,
    constraint committee_term_range check (ends_on is null or ends_on >= starts_on)
);
create index committee_term_unit on committee_term (unit_id, starts_on);

create table document (
    id            uuid primary key,
    issuer_id     uuid         not null references unit (id),
    type          varchar(12)  not null,
    term_id       uuid         not null references committee_term (id),
    number_seq    integer      not null check (number_seq > 0),
    number_text   varchar(60)  not null,
    issued_on     date         not null,
    title         varchar(500) not null,
    summary       varchar(4000),
    signer        varchar(200),
    status        varchar(12)  not null check (status in ('ISSUED', 'CANCELLED')),
    cancel_reason varchar(1000),
    registered    boolean      not null default false,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    -- a number is never given twice, and a cancelled one stays taken
    constraint document_number_unique unique (issuer_id, type, term_id, number_seq)
);
create index document_issuer on document (issuer_id, issued_on);

create table document_recipient (
    document_id uuid not null references document (id),
    unit_id     uuid not null references unit (id),
    primary key (document_id, unit_id)
);

create table document_reference (
    document_id uuid        not null references document (id),
    cites_id    uuid        not null references document (id),
    kind        varchar(12) not null check (kind in ('IMPLEMENTS', 'CITES')),
    primary key (document_id, cites_id),
    constraint document_reference_not_self check (document_id <> cites_id)
);

-- The last number given per issuer, type and term; a row lock serialises numbering of one sequence only.
create table document_counter (
    issuer_id  uuid       not null,
    type       varchar(12) not null,
    term_id    uuid       not null references committee_term (id),
    last_value integer    not null,
    primary key (issuer_id, type, term_id)
);

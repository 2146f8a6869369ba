-- Responses of creates made with an Idempotency-Key (vn.coso.platform.idempotency), replayed on retries.
create table idempotency_record (
    caller      varchar(200) not null,
    idem_key    varchar(100) not null,
    fingerprint varchar(64)  not null,
    status      integer,
    location    varchar(1000),
    etag        varchar(100),
    body        text,
    created_at  timestamptz  not null default now(),
    primary key (caller, idem_key)
);

create index idempotency_record_created on idempotency_record (created_at);

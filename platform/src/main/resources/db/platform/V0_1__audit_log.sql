-- Append-only audit log (vn.coso.platform.audit.AuditLog). Rows are never updated or deleted.
create table audit_log (
    id             bigserial primary key,
    occurred_at    timestamptz  not null default now(),
    actor_id       varchar(100),
    actor_name     varchar(200) not null,
    actor_unit     varchar(64),
    actor_roles    varchar(300),
    action         varchar(40)  not null,
    resource_type  varchar(60)  not null,
    resource_id    varchar(100),
    unit_id        uuid,
    request_id     varchar(64),
    client_address varchar(100),
    details        jsonb
);

create index audit_log_resource on audit_log (resource_type, resource_id);
create index audit_log_occurred on audit_log (occurred_at);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end
$$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

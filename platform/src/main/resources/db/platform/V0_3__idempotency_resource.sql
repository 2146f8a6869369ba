-- Stored replies are keyed by the record their create made (the first id in its Location), so that erasure finds
-- them by index instead of scanning every body; and they expire (the retention job deletes those past a day).
alter table idempotency_record add column resource_id uuid;
update idempotency_record
set resource_id = cast(substring(location from '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}') as uuid)
where location is not null;
create index idempotency_record_resource on idempotency_record (resource_id);

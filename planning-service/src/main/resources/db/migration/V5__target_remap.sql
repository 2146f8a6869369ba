-- Re-mapping a target whose unit was abolished (the districts on 01/07/2025) to the units that took over its work.
-- The original stays as it was, marked re-mapped, and keeps reporting; the new targets name it.
alter table target add column remapped_from uuid references target (id);
alter table target add column remapped_at timestamptz;
create index target_remapped_from on target (remapped_from);

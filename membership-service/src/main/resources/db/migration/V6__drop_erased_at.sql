-- Erasure deletes the candidate's row (its anonymous events stay in membership_event): no tombstone column needed.
alter table candidate drop column erased_at;

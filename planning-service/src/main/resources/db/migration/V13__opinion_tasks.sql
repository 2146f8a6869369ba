-- Work a citizen's opinion causes (issue 16, part 5): dialogue-service turns an opinion assigned to a handler unit
-- into a task of that unit. Such a task has no assigning document; it names the opinion instead (its id only: the
-- opinion's text and the person stay in dialogue-service, where the handler reads them), and at most one task
-- stands for an opinion, so that a retried request never creates a second one.
alter table task alter column document_id drop not null;
alter table task add column opinion_id uuid;
-- the day the opinion was assigned: notes and completion cannot precede it, as they cannot precede a document
alter table task add column assigned_on date;
alter table task add constraint task_has_source check (
    (document_id is not null and opinion_id is null)
    or (document_id is null and opinion_id is not null and assigned_on is not null));
create unique index task_opinion on task (opinion_id) where opinion_id is not null;

-- A closed opinion keeps who said it and how to reach them only as long as a follow-up may need it
-- (coso.dialogue.retention.contact-after, a year by default); then the name, contact and account are erased and
-- the day is kept (Law 91/2025 on personal data: nothing kept longer than needed).
alter table opinion add column contact_erased_on date;
create index opinion_retention on opinion (status, reply_sent_on, received_on) where contact_erased_on is null;

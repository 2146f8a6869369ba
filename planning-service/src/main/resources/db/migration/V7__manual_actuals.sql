-- Indicators entered by hand (source MANUAL) get their actual figure on the target itself, with the day it was
-- reported; the others come from the services that own them.
alter table target add column manual_actual numeric(12, 2) check (manual_actual >= 0);
alter table target add column manual_actual_on date;
alter table target add constraint target_manual_actual_dated check ((manual_actual is null) = (manual_actual_on is null));

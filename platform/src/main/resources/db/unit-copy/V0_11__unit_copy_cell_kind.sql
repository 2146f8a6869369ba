-- The kind of a cell (rural, school, armed forces...), for reports that count admissions in rural cells; and the
-- dated parent links, so that an event can be placed where its unit stood on the day it happened.
alter table unit_copy add column cell_kind varchar(40);
alter table unit_copy add column parent_links jsonb not null default '[]';

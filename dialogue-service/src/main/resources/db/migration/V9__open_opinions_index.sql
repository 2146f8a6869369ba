-- The lists of the opinions still waiting for their answer (overdue, due soon: DuePolicy.OPEN_SQL) of a subtree's
-- communes or handler units. A server-side prepared statement (pgjdbc prepares a query run five times) plans them once
-- for any subtree, not knowing how many units its array holds, as a loop over the units: each turn of that loop must
-- be a probe of the few open opinions of one unit, not a scan of all of them (issue 14: a province's overdue list
-- took 0.9 s a query so, 1,201 units times every open opinion past due).
create index opinion_open_commune on opinion (commune_id, due_on)
    where status in ('RECEIVED', 'ASSIGNED') and replied_on is null and due_on is not null;
create index opinion_open_handler on opinion (handler_unit_id, due_on)
    where status in ('RECEIVED', 'ASSIGNED') and replied_on is null and due_on is not null;

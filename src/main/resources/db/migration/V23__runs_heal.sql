-- Runs that heal themselves (issue 14). While a run is RUNNING its date is in running_date, unique:
-- two requests (or instances) for the same date join one run instead of planning it twice. A run
-- left behind by an instance that died is completed by another, or, when a later run has billed its
-- work already, ABANDONED with that run in superseded_by.
alter table billing_run add column running_date date;
alter table billing_run add column superseded_by bigint;
create unique index billing_run_running_date on billing_run (running_date);

-- The next date moves on once its run has billed it (issue 10): a subscription keeps the date of the
-- last completed billing run that billed it, and its next date is the first run date after that
-- (or on or after today, whichever is later).
alter table subscription add column last_run_date date;

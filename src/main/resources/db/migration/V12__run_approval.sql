-- The approval step (seed 004: look at the invoices before they go out). A run made while the
-- organisation asks for approval waits; its documents' deliveries are queued but held until a
-- person releases the run.
alter table organisation add column approve_before_sending boolean default false not null;
alter table billing_run add column approval varchar(20) default 'NONE' not null;
alter table billing_run add column released_at timestamp with time zone;
alter table billing_run add column released_by varchar(100);
alter table delivery add column held_by_run bigint;
create index delivery_held on delivery (held_by_run);

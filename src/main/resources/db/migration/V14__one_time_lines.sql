-- A one-time line is billed once per subscriber's customer, recorded in the transaction of the chunk
-- that bills it: a run that dies after some chunks committed leaves the line on the subscription, and
-- the next run bills it only to those who have not had it. The line itself is removed once a run
-- has finished (as before); these rows are what makes the billing exactly-once.
create table billing_one_time_line (
    line_id       bigint not null,
    subscriber_id bigint not null,
    customer_id   bigint not null,
    run_id        bigint not null,
    primary key (line_id, subscriber_id, customer_id)
);
create index billing_one_time_line_subscriber on billing_one_time_line (subscriber_id);

-- Metered lines (issue 12, PRODUCT.md §8): a subscription line may take its quantity from a meter,
-- billed in arrears for the period just ended.
alter table subscription_line add column meter_id bigint;

-- A document line may bill another period than its document (a metered line: the period before).
alter table document_line add column period_start date;
alter table document_line add column period_end date;

-- The usage each metered line billed, per subscriber's customer and usage period: billed once (the key),
-- and what later events are compared with; a row without a document where there was nothing to bill
-- (no usage after a subscriber's last period).
create table billing_usage (
    line_id       bigint         not null,
    subscriber_id bigint         not null,
    customer_id   bigint         not null,
    usage_start   date           not null,
    usage_end     date           not null,
    meter_id      bigint         not null,
    quantity      numeric(19, 6) not null,
    run_id        bigint,
    primary key (line_id, subscriber_id, customer_id, usage_start)
);
create index billing_usage_subscriber on billing_usage (subscriber_id);
create index billing_usage_customer_meter on billing_usage (customer_id, meter_id, usage_end);

-- A subscriber's last period's usage comes after its end, on a document of its own for that period:
-- the period key tells the two documents of that period apart.
alter table document add column usage_after_end boolean default false not null;
alter table document drop constraint document_period_unique;
alter table document add constraint document_period_unique
    unique (subscriber_id, customer_id, period_start, sales_order_id, usage_after_end);

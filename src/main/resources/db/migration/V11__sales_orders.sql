-- Sales orders are edited and then turned into invoices. The invoice made from an order keeps the
-- order's subscriber and period, so the period key now says which document holds the period:
-- sales_order_id 0 for what a run made (still one document per subscriber, customer and period),
-- the order's id for the invoice made from it (so an order becomes an invoice at most once).
alter table document add column sales_order_id bigint default 0 not null;
alter table document add column invoice_id bigint;
alter table document drop constraint document_period_unique;
alter table document add constraint document_period_unique
    unique (subscriber_id, customer_id, period_start, sales_order_id);

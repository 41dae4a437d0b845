-- The orders a subscription has produced, kept on the subscription (issue 13) so that its list sorts
-- by them as by any other column: counted once per billing run that ended (completed, failed or
-- abandoned), the run's id recorded in subscription_orders_counted so that it is never counted twice.
alter table subscription add column orders_produced bigint default 0 not null;
alter table subscription add column first_order_id bigint;
alter table subscription add column first_order_date date;
alter table subscription add column first_order_number varchar(30);
alter table subscription add column last_order_id bigint;
alter table subscription add column last_order_date date;
alter table subscription add column last_order_number varchar(30);

create table subscription_orders_counted (
    run_id bigint primary key
);

update subscription set
    orders_produced = (select count(*) from document d where d.subscription_id = subscription.id
                       and d.type <> 'CREDIT_NOTE'),
    first_order_id = (select min(d.id) from document d where d.subscription_id = subscription.id
                      and d.type <> 'CREDIT_NOTE'),
    last_order_id = (select max(d.id) from document d where d.subscription_id = subscription.id
                     and d.type <> 'CREDIT_NOTE');
update subscription set
    first_order_date = (select d.document_date from document d where d.id = subscription.first_order_id),
    first_order_number = (select case when d.type = 'INVOICE' then 'F' else 'S' end || cast(d.number as varchar(20))
                          from document d where d.id = subscription.first_order_id),
    last_order_date = (select d.document_date from document d where d.id = subscription.last_order_id),
    last_order_number = (select case when d.type = 'INVOICE' then 'F' else 'S' end || cast(d.number as varchar(20))
                         from document d where d.id = subscription.last_order_id)
where first_order_id is not null;
insert into subscription_orders_counted (run_id) select id from billing_run where status <> 'RUNNING';


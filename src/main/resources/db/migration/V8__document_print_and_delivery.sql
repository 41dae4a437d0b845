-- How a document is printed and delivered, fixed when it is made (an issued invoice never changes,
-- even if the subscription's settings or the bank account do later).
alter table document add column giro_format varchar(20) default 'NONE' not null;
alter table document add column account_number varchar(34);
alter table document add column iban varchar(34);
alter table document add column bic varchar(11);
alter table document add column line_detail varchar(20) default 'FULL' not null;
alter table document add column send_by_email boolean default false not null;
alter table document add column sender_email varchar(254);
alter table document add column sender_name varchar(200);
alter table document add column cc varchar(1000);
alter table document add column bcc varchar(1000);
alter table document add column email_subject varchar(500);
alter table document add column email_text varchar(4000);

-- Credit notes: their own gapless series, the invoice they credit, and for each of their lines the
-- invoice line it credits (so no line is credited beyond what it billed).
insert into number_series (name, next_value) values ('credit-note', 1);
alter table document add column credits_document_id bigint;
alter table document add column credits_number bigint;
create index document_credits on document (credits_document_id);
alter table document_line add column credited_position integer;

-- Credit left on a customer is used on their next invoice when it is issued (decision 0008): what it
-- covered is kept on the invoice, printed ("Tilgode brukt") and sent as the EHF PrepaidAmount.
alter table document add column prepaid_amount numeric(19, 2) default 0 not null;

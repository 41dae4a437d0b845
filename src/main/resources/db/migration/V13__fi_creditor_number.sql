-- Danish FI-kort 71 (seed 001): the creditor number (kreditornummer, 8 digits) the bank gave for FI
-- payments into an account. It is printed in the +71 code line and put in EHF (payment means 93),
-- and fixed on each document like the rest of the account.
alter table bank_account add column fi_creditor_number varchar(8);
alter table document add column fi_creditor_number varchar(8);

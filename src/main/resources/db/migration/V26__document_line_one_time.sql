-- Issue 13 (MRR): a document line says whether it was a subscription's one-time line, so that the
-- recurring amount of an invoice (what MRR is made of) leaves it out.
alter table document_line add column one_time boolean default false not null;

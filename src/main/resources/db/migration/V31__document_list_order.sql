-- The document list's default order (newest first: date, then id) read from an index instead of
-- sorting every document for each page: 310 ms a page over a million documents before (issue 14).
create index document_date_order on document (document_date, id);

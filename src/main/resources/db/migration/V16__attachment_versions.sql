-- Attachments are removed by marking them, not deleted: a document mails the attachments its
-- subscription had when it was issued (added before, removed after), whenever it is sent.
alter table subscription_attachment add column removed_at timestamp with time zone;
alter table subscription_attachment add column removed_by varchar(100);

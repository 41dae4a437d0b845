-- Late usage events (issue 12): a subscription accepts events for a billed period for so many days after
-- it ends, and after that refuses them or corrects them on the next document.
alter table subscription add column usage_grace_days integer default 0 not null;
alter table subscription add column late_usage varchar(20) default 'REFUSE' not null;

-- Until when events for a billed period are accepted (null: always, corrected on the next document), and
-- how often events came for it after it was billed and how many of those a document has corrected:
-- more came than were corrected, and the next document compares and corrects (an event arriving while
-- a run corrects counts after what that run saw).
alter table billing_usage add column accept_until date;
alter table billing_usage add column late_count integer default 0 not null;
alter table billing_usage add column corrected_count integer default 0 not null;

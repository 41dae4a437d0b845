-- Row ids in blocks without a second connection (issue 14). A sequence hands out block offsets, a
-- thousand apart, on the caller's own connection (a sequence is not transactional, so a chunk's
-- transaction holds no lock on it). An id is the number_series row's next_value, frozen from now on
-- as the base, plus the offset: ids keep growing past those given out before.
create sequence document_id_block start with 0 minvalue 0 increment by 1000;
create sequence payment_id_block start with 0 minvalue 0 increment by 1000;
create sequence allocation_id_block start with 0 minvalue 0 increment by 1000;

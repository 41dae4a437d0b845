-- Sending in three steps (issue 14): a delivery is claimed as SENDING in a transaction of its own
-- (attempts counted, sending_since set), sent with no transaction open, and its result recorded in
-- another. A delivery left SENDING past takt.delivery.sending-timeout was cut off mid-send (its
-- instance stopped): it is sent again with the same Message-ID, for the receiver to recognise.
alter table delivery add column sending_since timestamp with time zone;

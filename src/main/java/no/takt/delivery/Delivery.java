package no.takt.delivery;

import java.time.OffsetDateTime;
import java.util.List;
import no.takt.documents.Channel;
import no.takt.platform.web.Identified;

/**
 * One document's way to one recipient by one channel, with every attempt made.
 *
 * @param status   HELD (its run waits for approval), PENDING (waiting for its first or next attempt),
 *                 SENDING (an attempt under way), SENT, or FAILED (given up after the last retry; an
 *                 admin can try again)
 * @param fileName for mail written to the outbox folder instead of sent, the .eml file's name
 */
public record Delivery(long id, long documentId, Channel channel, String recipient, Status status, int attempts,
                       OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime sentAt, String fileName,
                       OffsetDateTime createdAt, List<Attempt> log) implements Identified {

    public enum Status { HELD, PENDING, SENDING, SENT, FAILED }

    public record Attempt(OffsetDateTime at, String outcome, String detail) {
    }
}

package no.takt.billing;

/** A subscriber (or one customer of a group subscriber) a run did not bill, and why. */
public record Skip(long subscriptionId, long subscriberId, Long customerId, String reason, String detail) {
}

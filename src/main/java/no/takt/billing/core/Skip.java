package no.takt.billing.core;

/** A subscriber (or one customer of a group subscriber) that gets no document on a date, and why. */
public record Skip(long subscriptionId, long subscriberId, Long customerId, SkipReason reason, String detail) {
}

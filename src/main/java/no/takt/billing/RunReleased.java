package no.takt.billing;

/**
 * Published inside the transaction that releases a run that waited for approval: the deliveries it
 * held back may go now.
 */
public record RunReleased(long runId) {
}

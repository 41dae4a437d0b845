/**
 * The billing core: plain Java, no Spring, no SQL, no clock — every date is a parameter. The whole
 * calculation of a subscription's documents on a date ({@link no.takt.billing.core.Drafting}) over
 * core records built by billing's translator: due periods with proration, end criteria and catch-up,
 * eligibility, pricing per subscriber, invoice or sales order, skips with their reasons.
 */
package no.takt.billing.core;

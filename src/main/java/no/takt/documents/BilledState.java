package no.takt.documents;

import java.time.LocalDate;

/**
 * What was billed so far for one subscriber's customer: the first and the last day of the last period
 * billed, the number of documents (runs), and how many of them are dated in the run's year (for @PERIOD@).
 */
public record BilledState(LocalDate lastStart, LocalDate billedTo, int runs, int inYear) {

    public static final BilledState NOTHING = new BilledState(null, null, 0, 0);

    /** The state after one more document for the period (a document for the same period again moves nothing). */
    public BilledState plus(LocalDate periodStart, LocalDate periodEnd) {
        boolean later = billedTo == null || periodEnd.isAfter(billedTo);
        return new BilledState(later ? periodStart : lastStart, later ? periodEnd : billedTo, runs + 1, inYear + 1);
    }

    /** Key of a subscriber's customer (a group subscriber bills each member separately). */
    public record Key(long subscriberId, long customerId) {
    }
}

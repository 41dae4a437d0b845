package no.takt.documents;

import java.time.LocalDate;

/**
 * What was billed so far for one subscriber's customer: the last day billed, the number of
 * documents (runs), and how many of them are dated in the run's year (for @PERIOD@).
 */
public record BilledState(LocalDate billedTo, int runs, int inYear) {

    public static final BilledState NOTHING = new BilledState(null, 0, 0);

    /** The state after one more document up to the day. */
    public BilledState plus(LocalDate newBilledTo) {
        return new BilledState(newBilledTo, runs + 1, inYear + 1);
    }

    /** Key of a subscriber's customer (a group subscriber bills each member separately). */
    public record Key(long subscriberId, long customerId) {
    }
}

package no.takt.billing;

import java.time.LocalDate;

/**
 * What was billed so far for one subscriber's customer: the last day billed, the number of
 * documents (runs), and how many of them are dated in the run's year (for @PERIOD@).
 */
record BilledState(LocalDate billedTo, int runs, int inYear) {

    static final BilledState NOTHING = new BilledState(null, 0, 0);

    /** Key of a subscriber's customer (a group subscriber bills each member separately). */
    record Key(long subscriberId, long customerId) {
    }
}

package no.takt.billing.core;

/**
 * Why a subscriber's customer gets no document on a date (PRODUCT.md §4). The first eight are skips a
 * run records (CATCH_UP_LIMIT: more periods were due than one run bills; the first were billed, the
 * rest wait for the next run); the last three only say that nothing is due (the start summary and
 * previews show them).
 */
public enum SkipReason {
    INACTIVE_SUBSCRIBER, NO_CUSTOMER, INACTIVE_CUSTOMER, SAME_CUSTOMER, KID_TOO_SHORT, NO_LINES, ERROR,
    CATCH_UP_LIMIT, NOT_STARTED, ENDED, NOTHING_DUE
}

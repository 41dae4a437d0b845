package no.takt.billing.core;

/**
 * Why a subscriber's customer gets no document on a date (PRODUCT.md §4). The first seven are skips a
 * run records; the last three only say that nothing is due (the start summary and previews show them).
 */
public enum SkipReason {
    INACTIVE_SUBSCRIBER, NO_CUSTOMER, INACTIVE_CUSTOMER, SAME_CUSTOMER, KID_TOO_SHORT, NO_LINES, ERROR,
    NOT_STARTED, ENDED, NOTHING_DUE
}

package no.takt.billing.core;

import java.time.LocalDate;
import no.takt.time.RecurrenceRule;

/**
 * What decides a subscription's periods: its frequency, how the first part period is billed, the
 * minimum invoice days (null: down to one day) and its end criterion.
 */
public record BillingTerms(RecurrenceRule frequency, Proration proration, Integer minimumInvoiceDays, End end,
                           LocalDate endDate, Integer endRuns) {

    /** Forholdsvis fakturering of the first part period (monthly and yearly frequencies only). */
    public enum Proration { ADJUST_QUANTITY, ADJUST_PRICE, FULL_PERIOD, NONE }

    /** As the frequency, no order after a date, or after N runs per subscriber. */
    public enum End { FREQUENCY, DATE, AFTER_RUNS }
}

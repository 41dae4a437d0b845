package no.takt.subscriptions;

import java.time.LocalDate;
import java.util.List;

/**
 * What the billing run would produce for each subscriber of a subscription on a date, whatever the
 * subscription's state — worked out by the run's own calculation, so the start summary cannot
 * disagree with the run. Implemented by the billing module; declared here so subscriptions need not
 * depend on billing.
 */
public interface StartPreview {

    List<StartSummary.Entry> entries(long subscriptionId, LocalDate date);
}

package no.takt.subscriptions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * How many orders the billing run has produced for subscriptions, and their first and last (seed
 * 003's "Ordrer", "Første", "Siste"). Implemented by the billing module, which knows the documents;
 * declared here so the subscription list can show it without depending on billing.
 */
public interface OrderStatistics {

    record Stats(long count, LocalDate firstDate, String firstNumber, LocalDate lastDate, String lastNumber) {
    }

    Map<Long, Stats> of(Collection<Long> subscriptionIds);
}

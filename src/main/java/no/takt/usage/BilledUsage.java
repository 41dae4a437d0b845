package no.takt.usage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The usage billing has billed, as the recording of events needs it (PRODUCT.md §8: events for a
 * period already billed are refused, unless the grace period allows them, and then the next document
 * corrects the earlier one). Implemented by billing, which bills usage; asked once per batch of events.
 */
public interface BilledUsage {

    /**
     * A period whose usage on a meter was billed for a customer: events for it are still accepted up to
     * and including {@code acceptUntil} (null: always, corrected on the next document).
     */
    record Period(long customerId, long meterId, LocalDate from, LocalDate to, LocalDate acceptUntil) {

        public boolean holds(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        public boolean accepts(LocalDate today) {
            return acceptUntil == null || !today.isAfter(acceptUntil);
        }
    }

    /** The billed periods of these customers and meters that end on or after the day. */
    List<Period> billed(Collection<Long> customerIds, Collection<Long> meterIds, LocalDate since);

    /** Events were accepted for these billed periods: the next documents compare and correct them. */
    void late(Collection<Period> periods);
}

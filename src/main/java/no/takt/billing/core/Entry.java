package no.takt.billing.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One subscriber entry of a subscription as billing takes it: its customer (or its group's members),
 * dates, whether it is paused, its own values and language, and how it gets its documents.
 *
 * @param startDate   the day it is billed from (its start date, else the day it was added)
 * @param sendByEmail null: as the subscription says
 * @param contactName its "your reference" contact, or null for the customer's default contact
 */
public record Entry(long subscriberId, List<Long> customerIds, boolean active, LocalDate startDate,
                    LocalDate endDate, Special special, String language, Boolean sendByEmail, String contactName) {

    /** The subscriber's own values (abonnent): null where it has none. */
    public record Special(BigDecimal quantityFactor, BigDecimal unitPrice, BigDecimal percentDiscount,
                          BigDecimal cashDiscount, LocalDate discountEndDate, boolean vatExempt) {
        public static final Special NONE = new Special(BigDecimal.ONE, null, null, null, null, false);
    }
}

package no.takt.subscriptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/**
 * A subscriber (abonnent): a customer, or a whole customer group whose members are resolved at each
 * run, with its own dates and overrides. {@code email} is computed: the customer's invoice e-mail,
 * else its default "your reference" contact's. {@code overrides} says whether any per-subscriber
 * value differs from the subscription's.
 */
public record Subscriber(long id, long subscriptionId, Long customerId, Long customerGroupId, Long contactId,
                         LocalDate startDate, LocalDate endDate, BigDecimal quantityFactor, BigDecimal specialUnitPrice,
                         BigDecimal specialPercentDiscount, BigDecimal specialCashDiscount,
                         LocalDate specialDiscountEndDate, VatOverride vatOverride, String language,
                         Boolean sendByEmail, boolean active, String customerName, Long customerNumber,
                         String customerGroupName, String email, boolean overrides, int version,
                         OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt, String modifiedBy)
        implements Identified {

    /** Overstyring MVA: billed without VAT (export, Svalbard). */
    public enum VatOverride { EXPORT }
}

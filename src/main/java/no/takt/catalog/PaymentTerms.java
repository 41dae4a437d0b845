package no.takt.catalog;

import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/**
 * Payment terms (betalingsbetingelser): credit days, how the customer pays, and an optional
 * invoice fee, billed as an order line of its own made from the fee product.
 */
public record PaymentTerms(long id, String name, int creditDays, PaymentForm paymentForm, Long invoiceFeeProductId,
                           boolean active, int version, OffsetDateTime createdAt, String createdBy,
                           OffsetDateTime modifiedAt, String modifiedBy) implements Identified {
}

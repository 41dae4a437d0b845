package no.takt.subscriptions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/**
 * An order line of a subscription (ordrelinje), or a free-text line between them, with its amounts
 * computed as the subscription itself has it (before any subscriber's changes).
 *
 * @param kind PRODUCT, or INVOICE_FEE / FREIGHT for the special lines made from the terms
 */
public record SubscriptionLine(long id, long subscriptionId, int position, Kind kind, boolean freeText, boolean bold,
                               boolean italic, Long productId, String name, String description, String vatCode,
                               String salesAccount, BigDecimal quantity, BigDecimal unitPrice, BigDecimal costPrice,
                               BigDecimal percentDiscount, BigDecimal cashDiscount, boolean lockedQuantity,
                               boolean lockedUnitPrice, boolean lockedPercentDiscount, boolean lockedCashDiscount,
                               boolean oneTime, BigDecimal vatRate, BigDecimal sumExclVat, BigDecimal margin,
                               BigDecimal marginPercent, BigDecimal sumInclVat, int version, OffsetDateTime createdAt,
                               String createdBy, OffsetDateTime modifiedAt, String modifiedBy) implements Identified {

    public enum Kind { PRODUCT, INVOICE_FEE, FREIGHT }
}

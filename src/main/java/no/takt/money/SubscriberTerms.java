package no.takt.money;

import java.math.BigDecimal;

/**
 * What one subscriber changes on the lines (abonnent): a quantity factor and special price and
 * discounts (each null when not given), whether those special discounts have expired, and whether
 * the subscriber (or the whole subscription) is billed without VAT.
 */
public record SubscriberTerms(BigDecimal quantityFactor, BigDecimal specialUnitPrice, BigDecimal specialPercentDiscount,
                              BigDecimal specialCashDiscount, boolean discountsExpired, boolean vatFree) {

    /** The subscription's own lines, as no particular subscriber would change them. */
    public static final SubscriberTerms NONE = new SubscriberTerms(BigDecimal.ONE, null, null, null, false, false);

    public SubscriberTerms {
        quantityFactor = quantityFactor == null ? BigDecimal.ONE : quantityFactor;
    }
}

package no.takt.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Prices an order line for a subscriber (PRODUCT.md §3), as a pure function:
 * <ul>
 * <li>quantity = line quantity × factor unless the quantity is locked, to 4 decimals (a factor of
 * 10/3 on 3 units gives exactly 10); a factor of 0 drops the line;</li>
 * <li>unit price, percent and cash discount = the subscriber's special values unless locked (the
 * discounts only while they have not expired);</li>
 * <li>sum = quantity × unit price × (1 − percent/100) − cash discount, half-up to the currency's
 * minor unit; VAT at the line's rate, or none for a VAT-free subscriber;</li>
 * <li>margin = sum − cost price × quantity; margin percent = margin / sum × 100.</li>
 * </ul>
 */
public final class Pricing {

    public static final int QUANTITY_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pricing() {
    }

    /** The line as the subscription itself has it. */
    public static PricedLine line(LineTerms line, int minorUnits) {
        return line(line, SubscriberTerms.NONE, minorUnits).orElseThrow();
    }

    /** The line for the subscriber, or empty when the subscriber's factor of 0 drops it. */
    public static Optional<PricedLine> line(LineTerms line, SubscriberTerms subscriber, int minorUnits) {
        BigDecimal quantity = line.lockedQuantity() ? line.quantity() : line.quantity().multiply(subscriber.quantityFactor());
        quantity = quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        if (!line.lockedQuantity() && subscriber.quantityFactor().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal unitPrice = special(line.unitPrice(), subscriber.specialUnitPrice(), line.lockedUnitPrice(), false);
        BigDecimal percent = special(line.percentDiscount(), subscriber.specialPercentDiscount(),
                line.lockedPercentDiscount(), subscriber.discountsExpired());
        BigDecimal cash = special(line.cashDiscount(), subscriber.specialCashDiscount(), line.lockedCashDiscount(),
                subscriber.discountsExpired());
        BigDecimal vatRate = subscriber.vatFree() ? BigDecimal.ZERO : line.vatRate();

        BigDecimal sum = quantity.multiply(unitPrice).multiply(HUNDRED.subtract(percent)).divide(HUNDRED)
                .subtract(cash).setScale(minorUnits, RoundingMode.HALF_UP);
        BigDecimal vat = vat(sum, vatRate, minorUnits);
        BigDecimal margin = sum.subtract(line.costPrice().multiply(quantity)).setScale(minorUnits, RoundingMode.HALF_UP);
        return Optional.of(new PricedLine(quantity, unitPrice, percent, cash, vatRate, sum, vat, sum.add(vat), margin,
                marginPercent(margin, sum)));
    }

    /** The margin in percent of the sum, to two decimals; null when the sum is zero. */
    public static BigDecimal marginPercent(BigDecimal margin, BigDecimal sum) {
        return sum.signum() == 0 ? null : margin.multiply(HUNDRED).divide(sum, 2, RoundingMode.HALF_UP);
    }

    /** VAT on an amount at a rate in percent, half-up to the minor unit. */
    public static BigDecimal vat(BigDecimal base, BigDecimal ratePercent, int minorUnits) {
        return base.multiply(ratePercent).divide(HUNDRED).setScale(minorUnits, RoundingMode.HALF_UP);
    }

    private static BigDecimal special(BigDecimal own, BigDecimal special, boolean locked, boolean expired) {
        return locked || expired || special == null ? own : special;
    }
}

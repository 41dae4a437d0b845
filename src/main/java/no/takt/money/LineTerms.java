package no.takt.money;

import java.math.BigDecimal;

/**
 * An order line as the subscription defines it (ordrelinje), with the four lock flags that keep a
 * subscriber's special values away from it.
 *
 * @param vatRate the line's VAT rate in percent (25, 15, 12, 0)
 */
public record LineTerms(BigDecimal quantity, BigDecimal unitPrice, BigDecimal costPrice, BigDecimal percentDiscount,
                        BigDecimal cashDiscount, BigDecimal vatRate, boolean lockedQuantity, boolean lockedUnitPrice,
                        boolean lockedPercentDiscount, boolean lockedCashDiscount) {

    public LineTerms {
        costPrice = orZero(costPrice);
        percentDiscount = orZero(percentDiscount);
        cashDiscount = orZero(cashDiscount);
        vatRate = orZero(vatRate);
    }

    /** The same line at another unit price (a price change). */
    public LineTerms withUnitPrice(BigDecimal price) {
        return new LineTerms(quantity, price, costPrice, percentDiscount, cashDiscount, vatRate, lockedQuantity,
                lockedUnitPrice, lockedPercentDiscount, lockedCashDiscount);
    }

    /** The same line with a quantity no subscriber factor changes (a metered line's usage). */
    public LineTerms withLockedQuantity(BigDecimal fixed) {
        return new LineTerms(fixed, unitPrice, costPrice, percentDiscount, cashDiscount, vatRate, true,
                lockedUnitPrice, lockedPercentDiscount, lockedCashDiscount);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}

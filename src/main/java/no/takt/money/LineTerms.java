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

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}

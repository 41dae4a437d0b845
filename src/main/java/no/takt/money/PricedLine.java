package no.takt.money;

import java.math.BigDecimal;

/**
 * A line as billed: the values in force for the subscriber and the amounts they give.
 *
 * @param marginPercent margin in percent of the sum (dekningsgrad); null when the sum is zero
 */
public record PricedLine(BigDecimal quantity, BigDecimal unitPrice, BigDecimal percentDiscount, BigDecimal cashDiscount,
                         BigDecimal vatRate, BigDecimal sumExclVat, BigDecimal vat, BigDecimal sumInclVat,
                         BigDecimal margin, BigDecimal marginPercent) {
}

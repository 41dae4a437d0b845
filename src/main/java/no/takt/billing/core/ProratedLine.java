package no.takt.billing.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.takt.money.LineTerms;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;

/**
 * A priced line for a part period (seed 003 "Delfakturering av første periode"): its quantity or its
 * unit price times the period's share, to 4 decimals, priced again. The cash discount is not
 * prorated: it is a discount on the line, whatever its length.
 */
public final class ProratedLine {

    private ProratedLine() {
    }

    public static PricedLine of(PricedLine line, BigDecimal costPrice, Period period, BillingTerms.Proration mode,
            int minorUnits) {
        if (period.full() || mode == BillingTerms.Proration.FULL_PERIOD) {
            return line;
        }
        BigDecimal share = period.share();
        BigDecimal quantity = line.quantity();
        BigDecimal price = line.unitPrice();
        if (mode == BillingTerms.Proration.ADJUST_QUANTITY) {
            quantity = quantity.multiply(share).setScale(Pricing.QUANTITY_SCALE, RoundingMode.HALF_UP);
        } else {
            price = price.multiply(share).setScale(Pricing.QUANTITY_SCALE, RoundingMode.HALF_UP);
        }
        return Pricing.line(new LineTerms(quantity, price, costPrice, line.percentDiscount(), line.cashDiscount(),
                line.vatRate(), true, true, true, true), minorUnits);
    }
}

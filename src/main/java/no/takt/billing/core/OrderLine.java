package no.takt.billing.core;

import no.takt.documents.Document;
import no.takt.money.LineTerms;

/**
 * An order line as billing takes it: its text, what it sells (product, VAT code and account), its
 * terms for pricing, whether a part period prorates it (product lines do, fees and freight do not)
 * whether it is billed once, and its price model (per unit, or tiers, volume, packages).
 */
public record OrderLine(long id, Document.Line.Text text, Long productId, String vatCode, String salesAccount,
                        LineTerms terms, boolean prorated, boolean oneTime, no.takt.money.PriceModel priceModel) {

    public OrderLine {
        priceModel = priceModel == null ? no.takt.money.PriceModel.PER_UNIT : priceModel;
    }
}

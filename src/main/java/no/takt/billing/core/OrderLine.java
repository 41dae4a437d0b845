package no.takt.billing.core;

import no.takt.documents.Document;
import no.takt.money.LineTerms;

/**
 * An order line as billing takes it: its text, what it sells (product, VAT code and account), its
 * terms for pricing, whether a part period prorates it (product lines do, fees and freight do not)
 * whether it is billed once, its price model (per unit, or tiers, volume, packages), and for a
 * metered line its meter (its quantity is the usage of the period just ended).
 */
public record OrderLine(long id, Document.Line.Text text, Long productId, String vatCode, String salesAccount,
                        LineTerms terms, boolean prorated, boolean oneTime, no.takt.money.PriceModel priceModel,
                        Long meterId) {

    public OrderLine {
        priceModel = priceModel == null ? no.takt.money.PriceModel.PER_UNIT : priceModel;
    }

    public boolean metered() {
        return meterId != null;
    }

    /** A line billed every period at its own quantity (not usage, not once, not a text). */
    boolean fixedRecurring() {
        return !text.freeText() && !oneTime && meterId == null;
    }
}

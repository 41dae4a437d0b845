package no.takt.billing.core;

import no.takt.documents.Document;
import java.time.LocalDate;
import java.util.List;
import no.takt.money.LineTerms;
import no.takt.money.PriceSchedule;

/**
 * An order line as billing takes it: its text, what it sells (product, VAT code and account), its
 * terms for pricing, whether a part period prorates it (product lines do, fees and freight do not)
 * whether it is billed once, its price model (per unit, or tiers, volume, packages), and for a
 * metered line its meter (its quantity is the usage of the period just ended), and the price changes
 * that reach it (scheduled, or applied with the price before).
 */
public record OrderLine(long id, Document.Line.Text text, Long productId, String vatCode, String salesAccount,
                        LineTerms terms, boolean prorated, boolean oneTime, no.takt.money.PriceModel priceModel,
                        Long meterId, List<PriceSchedule.Step> priceSteps) {

    public OrderLine {
        priceModel = priceModel == null ? no.takt.money.PriceModel.PER_UNIT : priceModel;
        priceSteps = priceSteps == null ? List.of() : List.copyOf(priceSteps);
    }

    /** The line's terms for a period starting on the day: its unit price as the price changes make it then. */
    public LineTerms termsOn(LocalDate periodStart) {
        if (priceSteps.isEmpty()) {
            return terms;
        }
        return terms.withUnitPrice(PriceSchedule.on(terms.unitPrice(), priceSteps, periodStart));
    }

    public boolean metered() {
        return meterId != null;
    }

    /** A line billed every period at its own quantity (not usage, not once, not a text). */
    boolean fixedRecurring() {
        return !text.freeText() && !oneTime && meterId == null;
    }
}

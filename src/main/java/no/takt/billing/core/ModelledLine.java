package no.takt.billing.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.documents.Document;
import no.takt.money.LineTerms;
import no.takt.money.PriceModel;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import no.takt.money.SubscriberTerms;
import no.takt.platform.text.Formats;

/**
 * An order line with a price model (PRODUCT.md §8) as the document lines that show how its amount
 * came about: one per tier reached (its units at its price), one per flat fee, one for the included
 * units (at 0), one for the packages — so that every document line is quantity × price like any
 * other, in the PDF, in EHF (PEPPOL BIS 3 sub-lines need nothing else) and for a credit note by
 * line. A per-unit line without included units stays one line.
 *
 * <p>The subscriber's values reach it as in §3: the quantity factor and a special unit price
 * (per-unit and package prices — a tier's price is the tier's) unless locked, the special percent
 * discount on every part, the cash discount on the first. Pure.
 */
public final class ModelledLine {

    /** A document line of the order line: its text, its amounts, and whether it is a flat fee. */
    public record Part(Document.Line.Text text, PricedLine priced, boolean fee) {
    }

    private static final Map<String, String[]> WORDS = Map.of(
            "nb", new String[] {"inkludert", "fast beløp", "pakker à"},
            "da", new String[] {"inkluderet", "fast beløb", "pakker à"},
            "en", new String[] {"included", "flat fee", "packages of"});

    private ModelledLine() {
    }

    /** The parts, or empty when the subscriber's factor of 0 drops the line. */
    public static Optional<List<Part>> of(Document.Line.Text text, LineTerms line, PriceModel model,
            SubscriberTerms subscriber, int minorUnits, String language) {
        Optional<PricedLine> whole = Pricing.line(line, subscriber, minorUnits);
        if (whole.isEmpty() || model == null || model.type() == PriceModel.Type.PER_UNIT
                && (model.includedUnits() == null || model.includedUnits().signum() == 0)) {
            return whole.map(p -> List.of(new Part(text, p, false)));
        }
        PricedLine p = whole.get();
        String[] words = WORDS.getOrDefault(language, WORDS.get("nb"));
        Formats f = Formats.of(language);
        List<Part> parts = new ArrayList<>();
        BigDecimal included = model.includedUnits() == null ? BigDecimal.ZERO : model.includedUnits();
        if (included.signum() > 0 && p.quantity().signum() > 0) {
            BigDecimal units = p.quantity().min(included);
            parts.add(part(text, range(f, BigDecimal.ZERO, units) + " " + words[0], units, BigDecimal.ZERO, line, p,
                    false, minorUnits));
        }
        PriceModel.Priced priced = model.price(p.quantity(), p.unitPrice(), minorUnits);
        for (PriceModel.Step step : priced.steps()) {
            String range = range(f, step.after().add(included), step.upTo().add(included));
            if (model.type() == PriceModel.Type.PACKAGE) {
                parts.add(part(text, range + ": " + f.integer(step.units()) + " " + words[2] + " "
                        + f.integer(model.packageSize()), step.units(), step.unitPrice(), line, p, false, minorUnits));
            } else {
                parts.add(part(text, range, step.units(), step.unitPrice(), line, p, false, minorUnits));
            }
            if (step.flatFee() != null && step.flatFee().signum() != 0) {
                parts.add(part(text, range + " " + words[1], BigDecimal.ONE, step.flatFee(), line, p, true, minorUnits));
            }
        }
        if (parts.isEmpty()) {
            parts.add(new Part(text, p, false));
        }
        return Optional.of(withCashDiscountOnFirst(parts, p, line, minorUnits));
    }

    /** "1–1 000": the units above {@code after} up to {@code upTo}, counted from 1 for whole units. */
    static String range(Formats f, BigDecimal after, BigDecimal upTo) {
        boolean whole = after.stripTrailingZeros().scale() <= 0 && upTo.stripTrailingZeros().scale() <= 0;
        String from = whole ? f.integer(after.add(BigDecimal.ONE)) : f.quantity(after);
        String to = whole ? f.integer(upTo) : f.quantity(upTo);
        return from.equals(to) ? from : from + "–" + to;
    }

    private static Part part(Document.Line.Text text, String description, BigDecimal quantity, BigDecimal unitPrice,
            LineTerms line, PricedLine whole, boolean fee, int minorUnits) {
        BigDecimal cost = fee ? BigDecimal.ZERO : line.costPrice();
        PricedLine priced = Pricing.line(new LineTerms(quantity.setScale(Pricing.QUANTITY_SCALE, RoundingMode.HALF_UP),
                unitPrice, cost, whole.percentDiscount(), BigDecimal.ZERO, whole.vatRate(), true, true, true, true),
                minorUnits);
        String described = text.description() == null || text.description().isBlank() ? description
                : text.description() + " · " + description;
        return new Part(new Document.Line.Text(text.name(), described, text.freeText(), text.bold(), text.italic()),
                priced, fee);
    }

    /** The line's cash discount is one discount: taken off the first part that carries an amount. */
    private static List<Part> withCashDiscountOnFirst(List<Part> parts, PricedLine whole, LineTerms line,
            int minorUnits) {
        if (whole.cashDiscount().signum() == 0) {
            return parts;
        }
        List<Part> result = new ArrayList<>(parts);
        for (int i = 0; i < result.size(); i++) {
            PricedLine p = result.get(i).priced();
            if (p.sumExclVat().signum() > 0) {
                PricedLine discounted = Pricing.line(new LineTerms(p.quantity(), p.unitPrice(),
                        result.get(i).fee() ? BigDecimal.ZERO : line.costPrice(), p.percentDiscount(),
                        whole.cashDiscount(), p.vatRate(), true, true, true, true), minorUnits);
                result.set(i, new Part(result.get(i).text(), discounted, result.get(i).fee()));
                break;
            }
        }
        return result;
    }
}

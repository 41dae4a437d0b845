package no.takt.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A line with a price model priced for a subscriber as the parts that show how its amount came about
 * (PRODUCT.md §8): the included units (at 0), one part per tier reached (its units at its price),
 * one per flat fee, or the packages — each part quantity × price like any line. A per-unit line
 * without included units is one part. The subscriber's values as in §3 ({@link Pricing}): the
 * quantity factor and a special unit price (per-unit and package prices; a tier's price is the
 * tier's) unless locked, the percent discount on every part, the cash discount once, on the first
 * part with an amount. Pure.
 */
public final class PricedParts {

    public enum Kind { UNITS, INCLUDED, FEE, PACKAGES }

    /** A part: its amounts, what it is, and the units it covers (above {@code after}, up to {@code upTo}). */
    public record Part(PricedLine priced, Kind kind, BigDecimal after, BigDecimal upTo) {
    }

    private PricedParts() {
    }

    /** The parts, or empty when the subscriber's factor of 0 drops the line. */
    public static Optional<List<Part>> of(LineTerms line, PriceModel model, SubscriberTerms subscriber,
            int minorUnits) {
        Optional<PricedLine> whole = Pricing.line(line, subscriber, minorUnits);
        if (whole.isEmpty() || model == null || model.type() == PriceModel.Type.PER_UNIT
                && (model.includedUnits() == null || model.includedUnits().signum() == 0)) {
            return whole.map(p -> List.of(new Part(p, Kind.UNITS, BigDecimal.ZERO, p.quantity())));
        }
        PricedLine p = whole.get();
        List<Part> parts = new ArrayList<>();
        BigDecimal included = model.includedUnits() == null ? BigDecimal.ZERO : model.includedUnits();
        if (included.signum() > 0 && p.quantity().signum() > 0) {
            BigDecimal units = p.quantity().min(included);
            parts.add(part(Kind.INCLUDED, BigDecimal.ZERO, units, units, BigDecimal.ZERO, line, p, minorUnits));
        }
        for (PriceModel.Step step : model.price(p.quantity(), p.unitPrice(), minorUnits).steps()) {
            BigDecimal after = step.after().add(included);
            BigDecimal upTo = step.upTo().add(included);
            parts.add(part(model.type() == PriceModel.Type.PACKAGE ? Kind.PACKAGES : Kind.UNITS, after, upTo,
                    step.units(), step.unitPrice(), line, p, minorUnits));
            if (step.flatFee() != null && step.flatFee().signum() != 0) {
                parts.add(part(Kind.FEE, after, upTo, BigDecimal.ONE, step.flatFee(), line, p, minorUnits));
            }
        }
        if (parts.isEmpty()) {
            parts.add(new Part(p, Kind.UNITS, BigDecimal.ZERO, p.quantity()));
        }
        return Optional.of(withCashDiscountOnFirst(parts, p, line, minorUnits));
    }

    /** What the parts add up to: the line's sum excl. VAT, its margin (in percent of the sum too) and its sum incl. VAT. */
    public record Total(BigDecimal sumExclVat, BigDecimal margin, BigDecimal marginPercent, BigDecimal sumInclVat) {
    }

    public static Total total(List<Part> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal margin = BigDecimal.ZERO;
        BigDecimal incl = BigDecimal.ZERO;
        for (Part part : parts) {
            sum = sum.add(part.priced().sumExclVat());
            margin = margin.add(part.priced().margin());
            incl = incl.add(part.priced().sumInclVat());
        }
        return new Total(sum, margin, Pricing.marginPercent(margin, sum), incl);
    }

    private static Part part(Kind kind, BigDecimal after, BigDecimal upTo, BigDecimal quantity, BigDecimal unitPrice,
            LineTerms line, PricedLine whole, int minorUnits) {
        BigDecimal cost = kind == Kind.FEE ? BigDecimal.ZERO : line.costPrice();
        return new Part(Pricing.line(new LineTerms(quantity.setScale(Pricing.QUANTITY_SCALE, RoundingMode.HALF_UP),
                unitPrice, cost, whole.percentDiscount(), BigDecimal.ZERO, whole.vatRate(), true, true, true, true),
                minorUnits), kind, after, upTo);
    }

    private static List<Part> withCashDiscountOnFirst(List<Part> parts, PricedLine whole, LineTerms line,
            int minorUnits) {
        if (whole.cashDiscount().signum() == 0) {
            return parts;
        }
        List<Part> result = new ArrayList<>(parts);
        for (int i = 0; i < result.size(); i++) {
            Part part = result.get(i);
            PricedLine p = part.priced();
            if (p.sumExclVat().signum() > 0) {
                result.set(i, new Part(Pricing.line(new LineTerms(p.quantity(), p.unitPrice(),
                        part.kind() == Kind.FEE ? BigDecimal.ZERO : line.costPrice(), p.percentDiscount(),
                        whole.cashDiscount(), p.vatRate(), true, true, true, true), minorUnits), part.kind(),
                        part.after(), part.upTo()));
                break;
            }
        }
        return result;
    }
}

package no.takt.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a quantity is priced (PRODUCT.md §8), as a pure function: per unit (the default), graduated
 * (each unit at the price of its tier), volume (every unit at the price of the tier the total falls
 * in), or package (a price per started block of {@code packageSize} units). Included units are free
 * and come first: the model prices what is above them. A tier reaches up to and including
 * {@code upTo} (null: no limit, the last tier) and may add a flat fee when any unit falls in it (in
 * a volume model, the fee of the tier the total falls in). No billable units cost nothing.
 *
 * <p>The amount is exact until it is rounded half-up to the currency's minor unit at the end; the
 * steps say how it came about, for the document line ("1 250 kWh: 1–1 000 à 1,00; 1 001–1 250 à
 * 0,80").
 */
public record PriceModel(Type type, List<Tier> tiers, BigDecimal packageSize, BigDecimal includedUnits) {

    public enum Type { PER_UNIT, GRADUATED, VOLUME, PACKAGE }

    /** A tier: the units above the tier before it up to and including {@code upTo} (null: no limit). */
    public record Tier(BigDecimal upTo, BigDecimal unitPrice, BigDecimal flatFee) {
    }

    /** One part of the price: units above {@code after} up to {@code upTo}, at a price, with a fee. */
    public record Step(BigDecimal after, BigDecimal upTo, BigDecimal units, BigDecimal unitPrice, BigDecimal flatFee,
                       BigDecimal amount) {
    }

    /** The amount for a quantity, the units it was billed for (after included ones), and its steps. */
    public record Priced(BigDecimal amount, BigDecimal billableUnits, List<Step> steps) {
    }

    public static final PriceModel PER_UNIT = new PriceModel(Type.PER_UNIT, List.of(), null, null);

    public PriceModel {
        type = type == null ? Type.PER_UNIT : type;
        tiers = tiers == null ? List.of() : tiers.stream().filter(t -> t != null && (t.upTo() != null
                || t.unitPrice() != null || t.flatFee() != null)).toList();
    }

    /** The model as kept: null for per unit without included units (the default), the tiers only where they count. */
    public static PriceModel normalised(PriceModel model) {
        if (model == null || model.type() == Type.PER_UNIT && (model.includedUnits() == null
                || model.includedUnits().signum() == 0)) {
            return null;
        }
        boolean tiered = model.type() == Type.GRADUATED || model.type() == Type.VOLUME;
        return new PriceModel(model.type(), tiered ? model.tiers() : List.of(),
                model.type() == Type.PACKAGE ? model.packageSize() : null,
                model.includedUnits() == null || model.includedUnits().signum() == 0 ? null : model.includedUnits());
    }

    /**
     * What is wrong with the model, as message keys by field ({@code tiers[1].upTo}); empty when
     * nothing is: tiers (for graduated and volume) rising, only the last without a limit, prices
     * and fees not negative; a package of more than zero units; included units not negative.
     */
    public List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        if (includedUnits != null && includedUnits.signum() < 0) {
            problems.add(new String[] {"includedUnits", "error.price-model-negative"});
        }
        if (type == Type.PACKAGE && (packageSize == null || packageSize.signum() <= 0)) {
            problems.add(new String[] {"packageSize", "error.price-model-package-size"});
        }
        if (type == Type.GRADUATED || type == Type.VOLUME) {
            if (tiers.isEmpty()) {
                problems.add(new String[] {"tiers", "error.price-model-no-tiers"});
            }
            BigDecimal previous = BigDecimal.ZERO;
            for (int i = 0; i < tiers.size(); i++) {
                Tier t = tiers.get(i);
                boolean last = i == tiers.size() - 1;
                if (t.upTo() == null && !last) {
                    problems.add(new String[] {"tiers[" + i + "].upTo", "error.price-model-limit-before-last"});
                } else if (t.upTo() != null && t.upTo().compareTo(previous) <= 0) {
                    problems.add(new String[] {"tiers[" + i + "].upTo", "error.price-model-tiers-rise"});
                }
                if (last && t.upTo() != null) {
                    problems.add(new String[] {"tiers[" + i + "].upTo", "error.price-model-last-unlimited"});
                }
                if (t.unitPrice() == null || t.unitPrice().signum() < 0) {
                    problems.add(new String[] {"tiers[" + i + "].unitPrice", "error.price-model-negative"});
                }
                if (t.flatFee() != null && t.flatFee().signum() < 0) {
                    problems.add(new String[] {"tiers[" + i + "].flatFee", "error.price-model-negative"});
                }
                if (t.upTo() != null) {
                    previous = t.upTo();
                }
            }
        }
        return problems;
    }

    /**
     * The amount for a quantity: {@code unitPrice} is the per-unit price (PER_UNIT) or the price of a
     * package (PACKAGE) — the line's, or the subscriber's special price; tiered models have their
     * prices in their tiers.
     */
    public Priced price(BigDecimal quantity, BigDecimal unitPrice, int minorUnits) {
        BigDecimal included = includedUnits == null ? BigDecimal.ZERO : includedUnits;
        BigDecimal billable = quantity.subtract(included).max(BigDecimal.ZERO);
        List<Step> steps = new ArrayList<>();
        if (billable.signum() > 0) {
            switch (type) {
                case PER_UNIT -> steps.add(step(BigDecimal.ZERO, billable, billable, unitPrice, null));
                case PACKAGE -> {
                    BigDecimal packages = billable.divide(packageSize, 0, RoundingMode.CEILING);
                    steps.add(new Step(BigDecimal.ZERO, billable, packages, unitPrice, null,
                            packages.multiply(unitPrice)));
                }
                case GRADUATED -> {
                    BigDecimal after = BigDecimal.ZERO;
                    for (Tier t : tiers) {
                        if (billable.compareTo(after) <= 0) {
                            break;
                        }
                        BigDecimal upTo = t.upTo() == null ? billable : t.upTo().min(billable);
                        steps.add(step(after, upTo, upTo.subtract(after), t.unitPrice(), t.flatFee()));
                        after = upTo;
                    }
                }
                case VOLUME -> {
                    Tier reached = tiers.getLast();
                    for (Tier t : tiers) {
                        if (t.upTo() == null || billable.compareTo(t.upTo()) <= 0) {
                            reached = t;
                            break;
                        }
                    }
                    steps.add(step(BigDecimal.ZERO, billable, billable, reached.unitPrice(), reached.flatFee()));
                }
            }
        }
        BigDecimal amount = steps.stream().map(Step::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(minorUnits, RoundingMode.HALF_UP);
        return new Priced(amount, billable, steps);
    }

    private static Step step(BigDecimal after, BigDecimal upTo, BigDecimal units, BigDecimal unitPrice,
            BigDecimal flatFee) {
        BigDecimal fee = flatFee == null ? BigDecimal.ZERO : flatFee;
        return new Step(after, upTo, units, unitPrice, flatFee, units.multiply(unitPrice).add(fee));
    }
}

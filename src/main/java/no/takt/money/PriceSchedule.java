package no.takt.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A line's unit price for a period, given the price changes that reach it (PRODUCT.md §8): a change
 * applies from the first period that starts on or after its effective date. A change is either still
 * scheduled — the line's price does not hold it yet — or applied, and then the line's price holds it and
 * the change remembers the price before, for a period that starts before the change and is billed
 * later (a catch-up). So applying a change moves no period's price. Pure.
 */
public final class PriceSchedule {

    /** Prices changed by a percentage are kept to the øre. */
    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceSchedule() {
    }

    /**
     * A change of the unit price from a date: to {@code unitPrice}, or by {@code percent} (exactly one of
     * them); {@code priceBefore} is the line's price before it was applied, null while it is scheduled.
     */
    public record Step(LocalDate effectiveDate, BigDecimal unitPrice, BigDecimal percent, BigDecimal priceBefore) {

        public boolean applied() {
            return priceBefore != null;
        }

        /** The price after this change of a price. */
        public BigDecimal changed(BigDecimal price) {
            return unitPrice != null ? unitPrice
                    : price.multiply(HUNDRED.add(percent)).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
        }
    }

    /** The unit price of a period starting on the day, for a line whose price is now {@code current}. */
    public static BigDecimal on(BigDecimal current, List<Step> steps, LocalDate periodStart) {
        List<Step> inOrder = steps.stream().sorted(Comparator.comparing(Step::effectiveDate)).toList();
        for (Step step : inOrder) {
            if (step.applied() && step.effectiveDate().isAfter(periodStart)) {
                return step.priceBefore();
            }
        }
        BigDecimal price = current;
        for (Step step : inOrder) {
            if (!step.applied() && !step.effectiveDate().isAfter(periodStart)) {
                price = step.changed(price);
            }
        }
        return price;
    }
}

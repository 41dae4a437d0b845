package no.takt.payments.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Late interest (forsinkelsesrente, morarente; PRODUCT.md §7): simple interest on the open amount
 * for each day from the day after {@code from} up to and including {@code to}, at the yearly rate in
 * force on that day, over the days of that day's year (365, or 366 in a leap year); the sum is
 * rounded half up to the øre once, per invoice.
 */
public final class LateInterest {

    private LateInterest() {
    }

    public static BigDecimal of(BigDecimal open, LocalDate from, LocalDate to, RateKind kind, Rates rates) {
        if (open.signum() <= 0 || !to.isAfter(from)) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal sum = BigDecimal.ZERO;
        // Span by span: the days until the rate or the year's length may change (a new half-year, year or value).
        LocalDate day = from.plusDays(1);
        while (!day.isAfter(to)) {
            LocalDate next = rates.next(kind, day);
            LocalDate yearEnd = LocalDate.of(day.getYear() + 1, 1, 1);
            LocalDate end = next.isBefore(yearEnd) ? next : yearEnd;
            if (end.isAfter(to.plusDays(1))) {
                end = to.plusDays(1);
            }
            long days = end.toEpochDay() - day.toEpochDay();
            sum = sum.add(open.multiply(rates.on(kind, day)).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(100L * day.lengthOfYear()), 20, RoundingMode.HALF_UP));
            day = end;
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }
}

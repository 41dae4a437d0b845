package no.takt.subscriptions;

import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/** When subscribers' special discounts end: never, on a date, or after N runs per subscriber. */
public record DiscountExpiry(Settings.DiscountExpiryType type, LocalDate date, @Min(1) Integer runs) {

    public static final DiscountExpiry NEVER = new DiscountExpiry(Settings.DiscountExpiryType.NEVER, null, null);
}

package no.takt.subscriptions;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A price change as scheduled or replaced: the effective date (today or later), what it reaches — a
 * product's lines, chosen lines, or neither for every product line (only by a percentage) — and either a
 * new unit price or a percentage (+3.1 for the yearly index regulation).
 */
public record PriceChangeInput(@NotNull LocalDate effectiveDate, Long productId, @Size(max = 10_000) List<Long> lineIds,
                               @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
                               @DecimalMin(value = "-100", inclusive = false) @DecimalMax("1000")
                               @Digits(integer = 4, fraction = 4) BigDecimal percent,
                               @Size(max = 500) String note, Integer version) {
}

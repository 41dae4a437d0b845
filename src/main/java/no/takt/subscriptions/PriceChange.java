package no.takt.subscriptions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.takt.platform.audit.Stamps;
import no.takt.platform.web.Identified;

/**
 * A price change (PRODUCT.md §8, §11 {@code price-changes}): from its effective date, a new unit price
 * or a percentage, for the lines of a product, for chosen lines, or (neither) for every product line;
 * SCHEDULED until the date has come, then APPLIED to the lines' prices. {@code lines} is how many lines
 * it reaches (as they are now while scheduled, as changed once applied).
 */
public record PriceChange(long id, LocalDate effectiveDate, Long productId, List<Long> lineIds, BigDecimal unitPrice,
                          BigDecimal percent, String note, Status status, int lines, OffsetDateTime appliedAt,
                          OffsetDateTime announcedAt, int version, @JsonUnwrapped Stamps stamps) implements Identified {

    public enum Status { SCHEDULED, APPLIED }

    /** The change as a step of a line's price. */
    no.takt.money.PriceSchedule.Step step(BigDecimal priceBefore) {
        return new no.takt.money.PriceSchedule.Step(effectiveDate, unitPrice, percent, priceBefore);
    }
}

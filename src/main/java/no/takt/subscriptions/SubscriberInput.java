package no.takt.subscriptions;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.takt.platform.validation.LanguageCode;

/**
 * A subscriber as created or replaced: a {@code customerId} or a {@code customerGroupId} (one of
 * them). {@code quantityFactor} is a number or a fraction such as {@code "10/3"} (default 1; 0
 * drops the unlocked lines). {@code sendByEmail} left out follows the subscription.
 */
public record SubscriberInput(
        Long customerId,
        Long customerGroupId,
        Long contactId,
        LocalDate startDate,
        LocalDate endDate,
        @Size(max = 40) String quantityFactor,
        @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal specialUnitPrice,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal specialPercentDiscount,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal specialCashDiscount,
        LocalDate specialDiscountEndDate,
        Subscriber.VatOverride vatOverride,
        @LanguageCode String language,
        Boolean sendByEmail,
        Boolean active,
        Integer version) {

    /** Just a customer, as the bulk add and copies make them. */
    static SubscriberInput customer(long customerId) {
        return new SubscriberInput(customerId, null, null, null, null, null, null, null, null, null, null, null, null,
                true, null);
    }
}

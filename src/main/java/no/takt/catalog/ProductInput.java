package no.takt.catalog;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A product as created or replaced. Unit defaults to "stk", cost price to 0; prices have at most
 * four decimals and are never negative (a discount is a discount, not a negative price). The price
 * model (none: per unit) is what new lines of the product are priced by.
 */
public record ProductInput(
        @NotBlank @Size(max = 50) String productNumber,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Size(max = 20) String unit,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal costPrice,
        @NotBlank String vatCode,
        @Pattern(regexp = "[0-9]{4,8}", message = "{takt.validation.account}") String salesAccount,
        Boolean stockManaged,
        @Digits(integer = 15, fraction = 4) BigDecimal stockOnHand,
        no.takt.money.PriceModel priceModel,
        Boolean active,
        Integer version) {
}

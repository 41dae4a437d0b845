package no.takt.subscriptions;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An order line as created or replaced. With a {@code productId}, whatever is left out (name,
 * price, cost price, VAT code, sales account) comes from the product. With {@code kind}
 * INVOICE_FEE or FREIGHT and no product, the product is the subscription's payment or freight
 * terms' one, and the line is locked unless told otherwise. A free-text line has only a name
 * (its text), bold and italic. {@code position} (from 1) moves the line; left out, a new line goes last.
 */
public record LineInput(
        Long productId,
        SubscriptionLine.Kind kind,
        Boolean freeText,
        Boolean bold,
        Boolean italic,
        @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Size(max = 10) String vatCode,
        @Pattern(regexp = "[0-9]{4,8}", message = "{takt.validation.account}") String salesAccount,
        @Digits(integer = 15, fraction = 4) BigDecimal quantity,
        @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal costPrice,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal percentDiscount,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal cashDiscount,
        Boolean lockedQuantity,
        Boolean lockedUnitPrice,
        Boolean lockedPercentDiscount,
        Boolean lockedCashDiscount,
        Boolean oneTime,
        @Min(1) Integer position,
        Integer version) {
}

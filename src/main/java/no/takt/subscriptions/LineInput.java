package no.takt.subscriptions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
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
 * (its text), bold and italic. {@code position} (from 1) moves the line; left out, a new line goes
 * last. {@code priceModel} left out is the product's; {@code {"type": "PER_UNIT"}} is per unit whatever
 * the product's. With {@code meterId} the line is metered: billed in arrears for the period just ended,
 * its quantity the meter's usage (left out, 0 in the subscription's standard sum). The parts are unwrapped in JSON, as {@link SubscriptionLine}'s are.
 */
public record LineInput(Long productId, SubscriptionLine.Kind kind, @Valid @JsonUnwrapped Text text,
                        @Valid @JsonUnwrapped Item item, @Valid @JsonUnwrapped Prices prices,
                        @JsonUnwrapped Locks locks, Boolean oneTime, no.takt.money.PriceModel priceModel,
                        @Min(1) Integer position, Integer version) {

    /** A line of the product with this quantity, everything else from the product. */
    public static LineInput of(Long productId, BigDecimal quantity) {
        return new LineInput(productId, null, Text.NONE, Item.NONE, new Prices(quantity, null, null, null, null),
                Locks.NONE, null, null, null, null);
    }

    /** A line of this kind (an invoice fee or freight from the terms), everything else from its product. */
    public static LineInput of(SubscriptionLine.Kind kind) {
        return new LineInput(null, kind, Text.NONE, Item.NONE, Prices.NONE, Locks.NONE, null, null, null, null);
    }

    public record Text(Boolean freeText, Boolean bold, Boolean italic, @Size(max = 200) String name,
                       @Size(max = 2000) String description) {
        public static final Text NONE = new Text(null, null, null, null, null);
    }

    /** The VAT code, the sales account, and the meter of a metered line (its quantity is the usage). */
    public record Item(@Size(max = 10) String vatCode,
                       @Pattern(regexp = "[0-9]{4,8}", message = "{takt.validation.account}") String salesAccount,
                       Long meterId) {
        public static final Item NONE = new Item(null, null, null);
    }

    public record Prices(@Digits(integer = 15, fraction = 4) BigDecimal quantity,
                         @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
                         @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal costPrice,
                         @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3,
                         fraction = 4) BigDecimal percentDiscount,
                         @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal cashDiscount) {
        public static final Prices NONE = new Prices(null, null, null, null, null);
    }

    public record Locks(Boolean lockedQuantity, Boolean lockedUnitPrice, Boolean lockedPercentDiscount,
                        Boolean lockedCashDiscount) {
        public static final Locks NONE = new Locks(null, null, null, null);
    }
}

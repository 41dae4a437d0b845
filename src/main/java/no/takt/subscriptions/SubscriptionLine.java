package no.takt.subscriptions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import no.takt.documents.Document;
import no.takt.money.LineTerms;
import no.takt.platform.audit.Stamps;
import no.takt.platform.web.Identified;

/**
 * An order line of a subscription (ordrelinje), or a free-text line between them: what it is, and
 * its amounts computed as the subscription itself has it (before any subscriber's changes). The
 * parts are unwrapped in JSON (PRODUCT.md §11 names).
 */
public record SubscriptionLine(long id, long subscriptionId, int position, @JsonUnwrapped Definition definition,
                               @JsonUnwrapped Sums sums, int version, @JsonUnwrapped Stamps stamps)
        implements Identified {

    /** PRODUCT, or INVOICE_FEE / FREIGHT for the special lines made from the terms. */
    public enum Kind { PRODUCT, INVOICE_FEE, FREIGHT }

    /**
     * The line as defined, with what it leaves out taken from its product: its kind, text, what it
     * sells, its prices, the four locks that keep a subscriber's values away, whether it is billed once,
     * and its price model (null: per unit).
     */
    public record Definition(Kind kind, @JsonUnwrapped Document.Line.Text text, @JsonUnwrapped Item item,
                             @JsonUnwrapped Prices prices, @JsonUnwrapped Locks locks, boolean oneTime,
                             no.takt.money.PriceModel priceModel) {

        /** The line as pricing takes it (the VAT rate is the VAT code's). */
        public LineTerms terms(BigDecimal vatRate) {
            return new LineTerms(prices.quantity(), prices.unitPrice(), prices.costPrice(), prices.percentDiscount(),
                    prices.cashDiscount(), vatRate, locks.lockedQuantity(), locks.lockedUnitPrice(),
                    locks.lockedPercentDiscount(), locks.lockedCashDiscount());
        }
    }

    /**
     * What it sells: the product, the VAT code and the sales account; for a metered line its meter,
     * whose usage over the period just ended is its quantity (PRODUCT.md §8).
     */
    public record Item(Long productId, String vatCode, String salesAccount, Long meterId) {
    }

    /** Quantity, prices and discounts as the subscription has them. */
    public record Prices(BigDecimal quantity, BigDecimal unitPrice, BigDecimal costPrice, BigDecimal percentDiscount,
                         BigDecimal cashDiscount) {
    }

    /** The lock flags (låst enhetspris, antall, prosentrabatt, kontantrabatt). */
    public record Locks(boolean lockedQuantity, boolean lockedUnitPrice, boolean lockedPercentDiscount,
                        boolean lockedCashDiscount) {
        public static final Locks ALL = new Locks(true, true, true, true);
    }

    /** Its amounts before any subscriber's changes (none for a free-text line). */
    public record Sums(BigDecimal vatRate, BigDecimal sumExclVat, BigDecimal margin, BigDecimal marginPercent,
                       BigDecimal sumInclVat) {
        public static final Sums NONE = new Sums(null, null, null, null, null);
    }
}

package no.takt.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import no.takt.platform.audit.Stamps;
import no.takt.platform.web.Identified;

/**
 * A product (produktregister): what an order line is made from. Prices are excl. VAT in the
 * company's currency.
 */
public record Product(long id, String productNumber, String name, String description, String unit,
                      BigDecimal unitPrice, BigDecimal costPrice, String vatCode, String salesAccount,
                      boolean stockManaged, BigDecimal stockOnHand, no.takt.money.PriceModel priceModel,
                      boolean active, int version,
                      @JsonUnwrapped Stamps stamps)
        implements Identified {
}

package no.takt.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/**
 * A product (produktregister): what an order line is made from. Prices are excl. VAT in the
 * company's currency.
 */
public record Product(long id, String productNumber, String name, String description, String unit,
                      BigDecimal unitPrice, BigDecimal costPrice, String vatCode, String salesAccount,
                      boolean stockManaged, BigDecimal stockOnHand, boolean active, int version,
                      OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt, String modifiedBy)
        implements Identified {
}

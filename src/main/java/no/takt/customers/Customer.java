package no.takt.customers;

import java.time.OffsetDateTime;
import java.util.List;
import no.takt.platform.Address;
import no.takt.platform.web.Identified;

/**
 * A customer (firmakort). The billing run copies name, addresses and e-mail from here on the run
 * date, so a changed address shows on the next invoice.
 */
public record Customer(long id, long customerNumber, String name, String organizationNumber, boolean active,
                       String country, String language, String currency, String invoiceEmail, String peppolId,
                       Address invoiceAddress, Address visitingAddress, Address deliveryAddress,
                       Long paymentTermsId, Long freightTermsId, List<Long> groupIds, int version,
                       OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt, String modifiedBy)
        implements Identified {
}

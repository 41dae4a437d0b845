package no.takt.customers;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import no.takt.platform.Address;
import no.takt.platform.audit.Stamps;
import no.takt.platform.web.Identified;

/**
 * A customer (firmakort). The billing run copies name, addresses and e-mail from here on the run
 * date, so a changed address shows on the next invoice.
 */
public record Customer(long id, long customerNumber, String name, String organizationNumber, boolean active,
                       String country, String language, String currency, String invoiceEmail, String peppolId,
                       @JsonUnwrapped Addresses addresses, @JsonUnwrapped Terms terms, List<Long> groupIds,
                       int version, @JsonUnwrapped Stamps stamps) implements Identified {

    /** Its invoice, visiting and delivery addresses. */
    public record Addresses(Address invoiceAddress, Address visitingAddress, Address deliveryAddress) {
    }

    /** The payment and freight terms its documents follow (none: the subscription's). */
    public record Terms(Long paymentTermsId, Long freightTermsId) {
    }

    /** The same customer in these groups. */
    Customer inGroups(List<Long> newGroupIds) {
        return new Customer(id, customerNumber, name, organizationNumber, active, country, language, currency,
                invoiceEmail, peppolId, addresses, terms, List.copyOf(newGroupIds), version, stamps);
    }
}

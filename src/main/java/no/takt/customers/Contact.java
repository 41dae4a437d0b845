package no.takt.customers;

import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/**
 * A contact person at a customer. At most one per customer is the default "your reference"
 * (Standard Deres ref), whose e-mail is used when the customer has no invoice e-mail.
 */
public record Contact(long id, long customerId, String name, String email, String phone,
                      boolean defaultYourReference, int version, OffsetDateTime createdAt, String createdBy,
                      OffsetDateTime modifiedAt, String modifiedBy) implements Identified {
}

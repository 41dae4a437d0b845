package no.takt.customers;

/**
 * A selection of customers, as used to add many subscribers at once: by group, postcode range
 * (invoice address, both ends included), country and whether only active customers count.
 */
public record CustomerCriteria(Long groupId, String postcodeFrom, String postcodeTo, String country,
                               boolean activeOnly) {
}

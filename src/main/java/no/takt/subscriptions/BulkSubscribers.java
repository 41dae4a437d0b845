package no.takt.subscriptions;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.takt.platform.validation.CountryCode;

/**
 * Adds many subscribers at once by criteria (seed 003: "legge til mange abonnenter samtidig"):
 * customers of a group, in a postcode range of the invoice address, in a country; only active ones
 * unless told otherwise, and only those not yet subscribed unless told otherwise.
 */
public record BulkSubscribers(
        Long customerGroupId,
        @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z -]*") String postcodeFrom,
        @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z -]*") String postcodeTo,
        @CountryCode String country,
        Boolean activeCustomersOnly,
        Boolean onlyWithoutThisSubscription) {
}

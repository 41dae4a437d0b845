package no.takt.platform;

import jakarta.validation.constraints.Size;
import no.takt.platform.validation.CountryCode;

/**
 * A postal address. A <em>valid</em> address (PRODUCT.md §1) has both postcode and city.
 *
 * @param street  street lines, separated by line breaks
 * @param country ISO 3166 alpha-2 code; empty means the owner's country
 */
public record Address(
        @Size(max = 500) String street,
        @Size(max = 20) String postcode,
        @Size(max = 100) String city,
        @CountryCode String country) {

    public static final Address EMPTY = new Address(null, null, null, null);

    public static Address orEmpty(Address address) {
        return address == null ? EMPTY : address;
    }

    public boolean isValid() {
        return notBlank(postcode) && notBlank(city);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

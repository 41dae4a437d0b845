package no.takt.documents;

import no.takt.organisation.Organisation;
import no.takt.platform.Address;

/**
 * The organisation facts a document is issued with — name, organisation number (with "MVA" when
 * VAT-registered), Foretaksregisteret, address, country, e-mail and phone — fixed on it, so its PDF,
 * EHF and mail show what was true when it was issued, however the organisation changes later.
 */
public record Issuer(String name, String organizationNumber, boolean vatRegistered, boolean foretaksregisteret,
                     Address address, String country, String email, String phone) {

    public static Issuer of(Organisation org) {
        return new Issuer(org.name(), org.organizationNumber(), org.vatRegistered(), org.foretaksregisteret(),
                Address.orEmpty(org.address()), org.country(), org.email(), org.phone());
    }
}

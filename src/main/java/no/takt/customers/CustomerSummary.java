package no.takt.customers;

import no.takt.platform.Address;

/**
 * What other modules need to show and bill a customer: number, name, whether active, language,
 * country, the addresses, and the e-mail documents go to — the invoice e-mail, else the e-mail of
 * the default "your reference" contact (seed 003: "E-postadresse for abonnenter") — and that
 * contact's name, the documents' "your reference".
 */
public record CustomerSummary(long id, long customerNumber, String name, boolean active, String country,
                              String language, String email, Address invoiceAddress, Address visitingAddress,
                              Address deliveryAddress, String organizationNumber, String peppolId,
                              String defaultContactName) {
}

/**
 * Customers: the customer card (firmakort) with addresses, e-mail and Peppol id, its contacts
 * (kontaktpersoner) and customer groups (debitorgrupper). Customers are deactivated, never
 * deleted: invoices refer to them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "platform"})
package no.takt.customers;

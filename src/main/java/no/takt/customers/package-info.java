/**
 * Customers: the customer card (firmakort) with addresses, e-mail and Peppol id, its contacts
 * (kontaktpersoner) and customer groups (debitorgrupper). Customers are deactivated, never
 * deleted: invoices refer to them.
 */
package no.takt.customers;

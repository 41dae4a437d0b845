/**
 * Billing (PRODUCT.md §3–5): the daily billing run that produces each due sales order and invoice
 * exactly once, catch-up of missed days, numbering and KID. Its pure rules are in
 * {@link no.takt.billing.core}.
 */
package no.takt.billing;

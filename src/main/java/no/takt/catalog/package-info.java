/**
 * Catalog: what the company sells and on which terms — VAT codes (avgiftskoder), products
 * (produktregister), payment terms (betalingsbetingelser) and freight terms (fraktbetingelser).
 * Master data is deactivated, never deleted: documents refer to it.
 */
package no.takt.catalog;

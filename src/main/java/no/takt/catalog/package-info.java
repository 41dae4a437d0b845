/**
 * Catalog: what the company sells and on which terms — VAT codes (avgiftskoder), products
 * (produktregister), payment terms (betalingsbetingelser) and freight terms (fraktbetingelser).
 * Master data is deactivated, never deleted: documents refer to it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package no.takt.catalog;

/**
 * Catalog: what the company sells and on which terms — VAT codes (avgiftskoder), products
 * (produktregister), payment terms (betalingsbetingelser) and freight terms (fraktbetingelser).
 * Master data is deactivated, never deleted: documents refer to it. A product's price model is
 * {@code money.PriceModel}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"money", "platform"})
package no.takt.catalog;

/**
 * Usage (PRODUCT.md §8): meters (billable metrics) and the usage events recorded against them through
 * the API, each transaction id once, aggregated per customer, meter and period — the quantities of
 * metered subscription lines. The rules are pure ({@code usage.core}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"customers", "platform"})
package no.takt.usage;

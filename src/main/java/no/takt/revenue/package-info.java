/**
 * Revenue (PRODUCT.md §9): recognition of what invoices and credit notes bill over the service
 * periods they cover (periodisering), month by month and per sales account, with the deferred
 * revenue at the start and end of each month and the waterfall. The rules are pure
 * ({@code revenue.core}); the lines come from the documents module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"documents", "organisation", "platform",
        "subscriptions", "time"})
package no.takt.revenue;

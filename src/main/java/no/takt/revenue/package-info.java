/**
 * Revenue (PRODUCT.md §9): recognition of what invoices and credit notes bill over the service
 * periods they cover (periodisering), month by month and per sales account, with the deferred
 * revenue at the start and end of each month and the waterfall; MRR; and the accounting journal on
 * the organisation's accounts. The rules are pure ({@code revenue.core}); the lines come from the
 * documents module, the payments, reminders, write-offs and refunds from the payments module, and
 * the customers' numbers and addresses (SAF-T) from the customers module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"customers", "documents", "organisation", "payments",
        "platform", "subscriptions", "time"})
package no.takt.revenue;

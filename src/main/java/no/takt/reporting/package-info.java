/**
 * Reporting (PRODUCT.md §9): the start page's dashboard for now — what the next run will bill,
 * the last run and what it skipped, what waits for a person (sales orders, runs to approve, failed
 * deliveries, the print queue, unmatched payments, open and overdue receivables) and the billed
 * amount per month beside the recognised revenue, with the forecast's coming months. It only reads, through the other modules'
 * public services.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"billing", "delivery", "documents",
        "payments", "platform", "revenue", "revenue::core", "subscriptions"})
package no.takt.reporting;

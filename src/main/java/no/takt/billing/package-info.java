/**
 * Billing (PRODUCT.md §3–4): the daily billing run that drafts each due sales order and invoice and
 * hands the drafts to documents to issue, exactly once, with catch-up of missed days; the forecast,
 * previews and the start summary's entries, from the same calculation. That calculation is one pure
 * function in {@link no.takt.billing.core}, over records built by {@code BillingInputs}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "customers", "documents", "documents::core", "money", "organisation", "platform", "subscriptions", "time", "usage"})
package no.takt.billing;

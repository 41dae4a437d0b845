/**
 * Delivery (PRODUCT.md §6): each issued document on its way to the customer. An outbox row per
 * document and recipient is made in the document's own transaction; a sender sends what is due by
 * e-mail (SMTP, or .eml files when no mail server is configured), with retries and backoff, and
 * logs every attempt.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"billing", "customers", "documents", "documents::core", "organisation", "platform", "subscriptions"})
package no.takt.delivery;

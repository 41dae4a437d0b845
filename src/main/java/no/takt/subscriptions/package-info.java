/**
 * Subscriptions (abonnementer, PRODUCT.md §2): frequencies, subscriptions with their order basis
 * and settings, order lines, subscribers, attachments, the lifecycle (inactive → started →
 * deactivated, copies and templates) and the audit trail of every change.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "customers", "documents", "documents::core", "money", "organisation", "platform", "time", "usage"})
package no.takt.subscriptions;

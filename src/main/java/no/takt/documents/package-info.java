/**
 * Documents (PRODUCT.md §5): invoices, sales orders and credit notes — issued from drafts with gapless
 * numbers, stored with the customer's details as they were, edited (open sales orders) and invoiced,
 * corrected by credit notes, printed as HTML and PDF with their giro part and as EHF. Billing hands
 * it drafts; delivery and payments read what it issued.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "money", "organisation", "platform"})
package no.takt.documents;

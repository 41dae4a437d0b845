/**
 * Payments and receivables (PRODUCT.md §7): payments registered by hand or imported from bank files
 * (Nets OCR giro, ISO 20022 camt.054), matched to invoices by KID, FI payment id or invoice number,
 * the unmatched ones matched by a person or booked as credit; the customer ledger, balances and the
 * aged receivables. Documents keep what is paid of each invoice; this module keeps the money.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"customers", "documents", "documents::core",
    "money", "organisation", "platform"})
package no.takt.payments;

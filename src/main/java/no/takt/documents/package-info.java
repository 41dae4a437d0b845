/**
 * Documents (PRODUCT.md §5): sales orders, invoices and credit notes printed as HTML and PDF with
 * their giro part, from the one Thymeleaf template per document.
 */
package no.takt.documents;

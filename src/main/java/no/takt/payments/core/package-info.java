/**
 * The pure rules of payments: reading bank files (OCR giro, camt.054) and checking them whole, what a
 * payment refers to, how an amount is spread over open invoices, and ageing. No Spring, no SQL.
 */
package no.takt.payments.core;

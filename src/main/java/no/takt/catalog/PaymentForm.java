package no.takt.catalog;

/** How the customer pays (betalingsform). */
public enum PaymentForm {
    /** Giro / bank transfer with KID or FI payment id. */
    BANK_TRANSFER,
    /** AvtaleGiro (Norway) or Betalingsservice (Denmark). */
    DIRECT_DEBIT,
    CARD,
    CASH
}

package no.takt.payments.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One transaction of a bank file: money in, or (a reversal, negative amount) money taken back.
 *
 * @param bankReference the bank's own key of the transaction, unique across files
 * @param line          the line (OCR giro) or entry (camt.054) it was read from, for messages
 * @param type          the file's own transaction type (OCR giro "10"–"21"; camt.054 the bank transaction code)
 * @param kid           the structured reference (KID, creditor reference), null when there is none
 * @param freeText      unstructured remittance text, null when there is none
 */
public record BankTransaction(String bankReference, int line, String type, LocalDate date, BigDecimal amount,
                              String currency, String kid, String freeText, Payer payer) {

    /** Who paid, as far as the bank says. */
    public record Payer(String name, String account) {
        public static final Payer UNKNOWN = new Payer(null, null);
    }

    public boolean reversal() {
        return amount.signum() < 0;
    }
}

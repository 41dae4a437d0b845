package no.takt.documents.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment references besides KID: the payment-info text of the giro part, and the Danish FI-kort 71
 * payment id.
 */
public final class PaymentReferences {

    private static final Pattern RUN = Pattern.compile("c{5,}|i{5,}");

    private PaymentReferences() {
    }

    /**
     * The payment info text (seed 003 "Betalingsinfo faktura"): every run of five or more {@code c}
     * becomes the customer number and of {@code i} the invoice number; shorter runs are ordinary
     * letters. "Fakturanr. iiiiii, kundenr. cccccc" → "Fakturanr. 98765, kundenr. 12345".
     */
    public static String paymentInfo(String format, long customerNumber, long invoiceNumber) {
        if (format == null) {
            return null;
        }
        Matcher runs = RUN.matcher(format);
        StringBuilder text = new StringBuilder();
        while (runs.find()) {
            runs.appendReplacement(text, Long.toString(runs.group().charAt(0) == 'c' ? customerNumber : invoiceNumber));
        }
        runs.appendTail(text);
        return text.toString();
    }

    /**
     * The 15-digit payment id of a Danish FI-kort 71 (indbetalingskort): the invoice number
     * zero-padded to 14 digits and a modulus-10 check digit, as the banks verify it.
     */
    public static String fi71PaymentId(long invoiceNumber) {
        String digits = String.format("%014d", invoiceNumber);
        if (digits.length() > 14) {
            throw new IllegalArgumentException("invoice number too long for an FI payment id: " + invoiceNumber);
        }
        return digits + Kid.mod10(digits);
    }

    /** The line printed in the FI-kort's code line: {@code +71<payment id +creditor number<}. */
    public static String fi71CodeLine(long invoiceNumber, String creditorNumber) {
        return "+71<" + fi71PaymentId(invoiceNumber) + "+" + creditorNumber + "<";
    }
}

package no.takt.documents;

import no.takt.documents.core.Layout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import no.takt.documents.Document;
import no.takt.documents.core.Kid;
import no.takt.documents.core.PaymentReferences;

/**
 * The payment part of an invoice, as printed: the Norwegian giro (with its machine-readable line:
 * KID, amount in kroner and øre with their check digit, account), the Danish FI-kort 71 payment
 * id, or the IBAN and BIC for customers abroad. Null for documents that are not paid by giro.
 *
 * @param kroner      the whole units of the amount; {@code ore} its two-digit hundredths
 * @param checkDigit  the amount's MOD10 check digit in the Norwegian giro line
 * @param reference   what the payer quotes: the KID, else the payment info, else the invoice number
 */
public record Giro(Layout.GiroFormat format, BigDecimal amount, String currency, LocalDate due, String kid,
                   String reference, String kroner, String ore, String checkDigit, String account, String iban,
                   String bic, String fiPaymentId, String fiCodeLine) {

    /**
     * The giro of an invoice or reminder with something to pay and a giro format; else null. A
     * reminder's giro pays its invoice: the invoice's KID, and for FI-kort 71 the invoice's number.
     */
    public static Giro of(Document d) {
        Layout.GiroFormat format = d.print().giro();
        boolean reminder = d.type() == Document.Type.REMINDER;
        if ((d.type() != Document.Type.INVOICE && !reminder) || format == Layout.GiroFormat.NONE
                || d.payment().toPay(d.totals().totalInclVat()).signum() <= 0) {
            return null;
        }
        BigDecimal amount = d.payment().toPay(d.totals().totalInclVat()).setScale(2, RoundingMode.HALF_UP);
        String kroner = amount.toBigInteger().toString();
        String ore = amount.remainder(BigDecimal.ONE).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY)
                .toPlainString();
        ore = ore.length() < 2 ? "0" + ore : ore;
        boolean fi = format == Layout.GiroFormat.DANISH_FI71;
        long number = reminder && d.links().remindsNumber() != null ? d.links().remindsNumber() : d.number();
        String reference = d.payment().kid() != null ? d.payment().kid()
                : d.payment().paymentInfo() != null ? d.payment().paymentInfo() : Long.toString(number);
        return new Giro(format, amount, d.totals().currency(), d.dates().dueDate(), d.payment().kid(), reference,
                kroner, ore,
                Kid.mod10(kroner + ore), account(d.print().accountNumber()), d.print().iban(), d.print().bic(),
                fi ? PaymentReferences.fi71PaymentId(number) : null,
                fi ? fiCodeLine(number, d.print().fiCreditorNumber()) : null);
    }

    /** The FI-kort's code line: "+71<payment id+creditor number<", or without a creditor number "+71<payment id". */
    private static String fiCodeLine(long number, String creditor) {
        return creditor == null ? "+71<" + PaymentReferences.fi71PaymentId(number)
                : PaymentReferences.fi71CodeLine(number, creditor);
    }

    /** A Norwegian account number as printed, "1234 56 78903"; anything else as written. */
    static String account(String number) {
        if (number == null) {
            return null;
        }
        String digits = number.replaceAll("[ .]", "");
        return digits.matches("\\d{11}")
                ? digits.substring(0, 4) + " " + digits.substring(4, 6) + " " + digits.substring(6) : number;
    }
}

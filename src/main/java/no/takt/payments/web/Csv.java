package no.takt.payments.web;

import no.takt.payments.Ledger;
import no.takt.payments.core.Ageing;

/**
 * CSV as spreadsheets read it: semicolon-separated, CRLF, text quoted when it needs to be and kept
 * from being read as a formula.
 */
final class Csv {

    private Csv() {
    }

    /** The invoices ready for collection: the invoice, the customer, what is open and the charges. */
    static String collection(java.util.List<no.takt.payments.Reminder> ready) {
        StringBuilder csv = new StringBuilder("invoiceId;invoiceNumber;customerId;lastReminder;deadline;openAmount;"
                + "interest;fees;compensation;currency\r\n");
        for (no.takt.payments.Reminder r : ready) {
            no.takt.payments.Reminder.Item item = r.documents().getFirst();
            csv.append(item.documentId()).append(';').append(item.number()).append(';').append(r.customerId())
                    .append(';').append(r.date()).append(';').append(r.deadline()).append(';')
                    .append(item.openAmount().toPlainString()).append(';').append(r.interest().toPlainString())
                    .append(';').append(r.fee().toPlainString()).append(';').append(r.compensation().toPlainString())
                    .append(';').append(r.currency()).append("\r\n");
        }
        return csv.toString();
    }

    /** Refunds, for the bank: customer, date, amount, account and note. */
    static String refunds(java.util.List<Ledger.Refund> refunds) {
        StringBuilder csv = new StringBuilder("refundId;customerId;date;amount;currency;toAccount;note\r\n");
        for (Ledger.Refund r : refunds) {
            csv.append(r.id()).append(';').append(r.customerId()).append(';').append(r.date()).append(';')
                    .append(r.amount().toPlainString()).append(';').append(r.currency()).append(';')
                    .append(text(r.toAccount())).append(';').append(text(r.note())).append("\r\n");
        }
        return csv.toString();
    }

    /** The aged receivables: a row per customer, a column per bucket, and the total. */
    static String aged(Ledger.AgedReport report) {
        StringBuilder csv = new StringBuilder("customerNumber;customerName");
        for (Ageing a : Ageing.values()) {
            csv.append(';').append(a.name());
        }
        csv.append(";total\r\n");
        for (Ledger.Aged row : report.items()) {
            csv.append(row.customerNumber()).append(';').append(text(row.customerName()));
            for (Ageing a : Ageing.values()) {
                csv.append(';').append(row.buckets().get(a).toPlainString());
            }
            csv.append(';').append(row.total().toPlainString()).append("\r\n");
        }
        return csv.toString();
    }

    /** The CSV as a download of this file name. */
    static org.springframework.http.ResponseEntity<String> download(String fileName, String csv) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "csv",
                        java.nio.charset.StandardCharsets.UTF_8))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName
                        + "\"").body(csv);
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

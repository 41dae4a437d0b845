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

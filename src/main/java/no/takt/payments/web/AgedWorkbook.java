package no.takt.payments.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import no.takt.payments.Ledger;
import no.takt.payments.core.Ageing;
import no.takt.platform.errors.Problems;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The aged receivables as an Excel workbook: headers in the user's language, amounts as numbers. */
final class AgedWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private AgedWorkbook() {
    }

    /** The workbook in memory (a row per customer with something open: small). */
    static byte[] bytes(Ledger.AgedReport report, Problems messages) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(report, messages, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void write(Ledger.AgedReport report, Problems messages, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Takt", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.message("receivables.title", List.of()));
        int c = 0;
        sheet.value(0, c++, messages.message("field.customerNumber", List.of()));
        sheet.value(0, c++, messages.message("payments.customer", List.of()));
        for (Ageing a : Ageing.values()) {
            sheet.value(0, c++, messages.message("enum.Ageing." + a.name(), List.of()));
        }
        sheet.value(0, c, messages.message("receivables.total", List.of()));
        sheet.range(0, 0, 0, c).style().bold().set();
        int r = 1;
        for (Ledger.Aged row : report.items()) {
            c = 0;
            sheet.value(r, c++, row.customerNumber());
            sheet.value(r, c++, row.customerName());
            for (Ageing a : Ageing.values()) {
                sheet.value(r, c++, row.buckets().get(a));
            }
            sheet.value(r, c, row.total());
            r++;
        }
        c = 1;
        sheet.value(r, c++, messages.message("receivables.total", List.of()));
        for (Ageing a : Ageing.values()) {
            sheet.value(r, c++, report.totals().get(a));
        }
        sheet.value(r, c, report.total());
        sheet.range(r, 0, r, c).style().bold().set();
        sheet.range(1, 2, r, c).style().format("#,##0.00").set();
        workbook.finish();
    }
}

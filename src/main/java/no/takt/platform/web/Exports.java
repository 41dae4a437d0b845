package no.takt.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;

/**
 * A list or report as a file (PRODUCT.md §9, {@code format=xlsx|csv}): headers in the user's
 * language, rows streamed as they come (a million rows in bounded memory). In Excel, amounts and
 * counts are numbers and dates and months are dates; CSV is as spreadsheets read it —
 * semicolon-separated, CRLF, UTF-8 with a byte order mark, numbers with a point, dates ISO, text
 * quoted when it must be and kept from being read as a formula.
 */
public final class Exports {

    /** How a list answers: JSON (the default), CSV or Excel. */
    public enum Format {
        JSON, CSV, XLSX;

        /** {@code format=} as given (any case; none: JSON); anything else is refused at the field. */
        public static Format of(String format) {
            if (format == null || format.isBlank()) {
                return JSON;
            }
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(format.trim())) {
                    return f;
                }
            }
            throw new no.takt.platform.errors.BadInputException(java.util.List.of(
                    no.takt.platform.errors.FieldProblem.of("format", "error.invalid-format")));
        }
    }

    /** What a column holds, which decides how Excel shows it. */
    public enum Kind { TEXT, AMOUNT, INTEGER, DATE, MONTH }

    /** A column: its header (already in the user's language), its kind and its value in a row. */
    public record Column<T>(String header, Kind kind, Function<T, Object> value) {
    }

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int FLUSH_EVERY = 5_000;

    private Exports() {
    }

    /**
     * A list endpoint's answer for {@code format=}: the JSON (none, or json), or the rows written to
     * the response as a file (and null for Spring, the response being written).
     */
    public static <J, T> org.springframework.http.ResponseEntity<J> answer(String format,
            jakarta.servlet.http.HttpServletResponse response, java.util.function.Supplier<J> json, String name,
            List<Column<T>> columns, Consumer<Consumer<T>> rows) throws IOException {
        Format as = Format.of(format);
        if (as == Format.JSON) {
            return org.springframework.http.ResponseEntity.ok(json.get());
        }
        write(response, as, name, columns, rows);
        return null;
    }

    /** A page's download link: the file in the format asked for (CSV unless it asks for Excel). */
    public static <T> void download(String format, jakarta.servlet.http.HttpServletResponse response, String name,
            List<Column<T>> columns, Consumer<Consumer<T>> rows) throws IOException {
        write(response, Format.of(format) == Format.XLSX ? Format.XLSX : Format.CSV, name, columns, rows);
    }

    /**
     * Writes the rows, which {@code rows} hands to its consumer one by one, to the response as a
     * download named {@code name}.csv or .xlsx, as they come.
     */
    public static <T> void write(jakarta.servlet.http.HttpServletResponse response, Format format, String name,
            List<Column<T>> columns, Consumer<Consumer<T>> rows) throws IOException {
        boolean excel = format == Format.XLSX;
        response.setContentType(excel ? XLSX_TYPE : "text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name
                + (excel ? ".xlsx" : ".csv") + "\"");
        OutputStream out = response.getOutputStream();
        if (excel) {
            xlsx(out, name, columns, rows);
        } else {
            csv(out, columns, rows);
        }
        out.flush();
    }

    static <T> void xlsx(OutputStream out, String name, List<Column<T>> columns, Consumer<Consumer<T>> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "Takt", "1.0");
        Worksheet sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().set();
        }
        int[] row = {1};
        rows.accept(item -> {
            int r = row[0]++;
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Object value = column.value().apply(item);
                if (value == null) {
                    continue;
                }
                switch (column.kind()) {
                    case AMOUNT -> {
                        sheet.value(r, c, (BigDecimal) value);
                        sheet.style(r, c).format("#,##0.00").set();
                    }
                    case INTEGER -> sheet.value(r, c, (Number) value);
                    case DATE -> {
                        sheet.value(r, c, (LocalDate) value);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    }
                    case MONTH -> {
                        sheet.value(r, c, ((YearMonth) value).atDay(1));
                        sheet.style(r, c).format("yyyy-mm").set();
                    }
                    // inline, not in the shared-strings table, which stays in memory until the end:
                    // a million customer names held the heap at 475 MB
                    case TEXT -> sheet.inlineString(r, c, value.toString());
                }
            }
            if (r % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        workbook.finish();
    }

    static <T> void csv(OutputStream out, List<Column<T>> columns, Consumer<Consumer<T>> rows) throws IOException {
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\ufeff');
        writer.write(String.join(";", columns.stream().map(c -> text(c.header())).toList()));
        writer.write("\r\n");
        rows.accept(item -> {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(item);
                if (c > 0) {
                    line.append(';');
                }
                line.append(value == null ? "" : value instanceof BigDecimal d ? d.toPlainString()
                        : value instanceof String s ? text(s) : value.toString());
            }
            try {
                writer.write(line.append("\r\n").toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /** Quoted when it holds a separator, a quote or a line break; a leading = + - @ is kept from being a formula. */
    static String text(String s) {
        String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

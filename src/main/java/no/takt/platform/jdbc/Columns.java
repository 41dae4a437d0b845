package no.takt.platform.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table's columns for writing, each with its SQL type and how it is read from the row's object, in
 * one list — so an insert's column names, placeholders, types and values cannot get out of step.
 * The types let JDBC send nulls without asking the database what they are.
 *
 * @param <T> what one row is made from
 */
public final class Columns<T> {

    private record Column<T>(String name, int sqlType, Function<T, Object> value) {
    }

    private final String table;
    private final List<Column<T>> columns = new ArrayList<>();

    private Columns(String table) {
        this.table = table;
    }

    public static <T> Columns<T> of(String table) {
        return new Columns<>(table);
    }

    /** Adds a column (in the order of the insert). */
    public Columns<T> add(String name, int sqlType, Function<T, Object> value) {
        columns.add(new Column<>(name, sqlType, value));
        return this;
    }

    public String insert() {
        return "insert into " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    public int[] types() {
        return columns.stream().mapToInt(Column::sqlType).toArray();
    }

    /**
     * Inserts the rows in the caller's transaction: on PostgreSQL, from {@value #COPY_FROM} rows on,
     * with {@code COPY … FROM STDIN} (half the time of multi-row inserts); else in JDBC batches. A
     * unique key broken is a {@code DuplicateKeyException} either way.
     */
    public void insert(JdbcTemplate batch, Collection<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() >= COPY_FROM && Databases.postgres(batch)) {
            batch.execute((ConnectionCallback<Long>) connection -> copy(connection.unwrap(PGConnection.class), rows));
        } else {
            batch.batchUpdate(insert(), values(rows), types());
        }
    }

    /** From how many rows COPY pays for its round trips. */
    static final int COPY_FROM = 20;

    private long copy(PGConnection connection, Collection<T> rows) throws SQLException {
        CopyIn in = connection.getCopyAPI().copyIn("copy " + table + " ("
                + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") from stdin");
        try {
            StringBuilder text = new StringBuilder(1 << 16);
            for (T row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    copyText(text, columns.get(i).value().apply(row));
                }
                text.append('\n');
                if (text.length() > 1 << 16) {
                    write(in, text);
                }
            }
            write(in, text);
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** A value in COPY's text format: {@code \N} for null, backslash escapes for what would break a row. */
    static void copyText(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case Boolean b -> text.append(b ? 't' : 'f');
            case BigDecimal d -> text.append(d.toPlainString());
            case Number n -> text.append(n);
            case Enum<?> e -> text.append(e.name());
            default -> {
                String s = value.toString();
                if (plain(s)) {
                    text.append(s);
                    return;
                }
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> text.append("\\\\");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        case '\t' -> text.append("\\t");
                        default -> text.append(c);
                    }
                }
            }
        }
    }

    /** Whether the text has nothing COPY would read as a separator or an escape (most values). */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                return false;
            }
        }
        return true;
    }

    public List<Object[]> values(Collection<T> rows) {
        List<Object[]> values = new ArrayList<>(rows.size());
        for (T row : rows) {
            Object[] v = new Object[columns.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = columns.get(i).value().apply(row);
            }
            values.add(v);
        }
        return values;
    }
}

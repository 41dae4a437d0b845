package no.takt.platform.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    /** Inserts the rows in JDBC batches (multi-row inserts on PostgreSQL with reWriteBatchedInserts). */
    public void insert(JdbcTemplate batch, Collection<T> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(insert(), values(rows), types());
        }
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

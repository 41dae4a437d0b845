package no.takt.platform.jdbc;

import java.util.Map;
import no.takt.platform.errors.BadInputException;

/**
 * The sortable fields of one list (API name → SQL expression; texts as {@code lower(column)}, so
 * "alpha" sorts before "Bravo" as people expect). Every order ends with the id, so paging is stable
 * even when the sort field has equal values.
 */
public record SortSpec(Map<String, String> columns, String defaultSort) {

    public SortSpec {
        columns = Map.copyOf(columns);
        if (!columns.containsKey(defaultSort.replaceFirst("^-", ""))) {
            throw new IllegalArgumentException("default sort " + defaultSort + " is not sortable");
        }
    }

    /** The SQL order-by clause for a sort parameter such as {@code name}, {@code -name} or {@code name,desc}. */
    public String orderBy(String sort, String idColumn) {
        String s = sort == null ? defaultSort : sort;
        boolean descending = s.startsWith("-") || s.toLowerCase().endsWith(",desc");
        String field = s.replaceFirst("^-", "").replaceFirst("(?i),(asc|desc)$", "");
        String column = columns.get(field);
        if (column == null) {
            throw BadInputException.field("sort", "error.sort", field, String.join(", ", columns.keySet()));
        }
        String direction = descending ? " desc" : " asc";
        return " order by " + column + direction + ", " + idColumn + direction;
    }

    public boolean isDescending(String sort) {
        String s = sort == null ? defaultSort : sort;
        return s.startsWith("-") || s.toLowerCase().endsWith(",desc");
    }

    public String field(String sort) {
        String s = sort == null ? defaultSort : sort;
        return s.replaceFirst("^-", "").replaceFirst("(?i),(asc|desc)$", "");
    }
}

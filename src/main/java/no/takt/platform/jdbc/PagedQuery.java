package no.takt.platform.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A paged, sorted, filtered list query: one count and one page select, both on the same
 * {@code from} and {@code where}. Filters add conditions with named parameters.
 */
public final class PagedQuery {

    private final String select;
    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private PagedQuery(String select, String from) {
        this.select = select;
        this.from = from;
    }

    /** {@code select} is the column list, {@code from} the tables and joins. */
    public static PagedQuery select(String select, String from) {
        return new PagedQuery(select, from);
    }

    /** A condition without parameters (built only from trusted constants). */
    public PagedQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    public PagedQuery where(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    /** Adds the condition only when the value is given. */
    public PagedQuery whereIf(Object value, String condition, String name) {
        return value == null ? this : where(condition, name, value);
    }

    /** Case-insensitive "contains" over the given columns, for the free-text search box. */
    public PagedQuery search(String q, String... columns) {
        if (q == null) {
            return this;
        }
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            parts.add("lower(" + column + ") like :q");
        }
        conditions.add("(" + String.join(" or ", parts) + ")");
        params.put("q", "%" + q.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        return this;
    }

    /**
     * Every row the conditions select, in the list's order, to the consumer as they are read (a
     * fetch size, so that PostgreSQL streams them inside the caller's transaction): for exports.
     */
    public <T> void each(org.springframework.jdbc.core.JdbcTemplate template, PageQuery query, SortSpec sorts,
            String idColumn, RowMapper<T> mapper, java.util.function.Consumer<T> each) {
        org.springframework.jdbc.core.JdbcTemplate streaming = new org.springframework.jdbc.core.JdbcTemplate(
                template.getDataSource());
        streaming.setFetchSize(1_000);
        int[] row = {0};
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(streaming).query("select " + select
                + " from " + from + where() + sorts.orderBy(query.sort(), idColumn), params, rs -> {
                    each.accept(mapper.mapRow(rs, row[0]++));
                });
    }

    /**
     * Every row the conditions select, in the order of a unique whole-number key, a chunk of
     * {@code size} at a time, each chunk read after the key the last one ended on (no offset, so the
     * last chunk of a million rows costs what the first does): for work over very long lists.
     */
    public <T> void chunks(JdbcClient jdbc, String key, int size, RowMapper<T> mapper,
            java.util.function.ToLongFunction<T> keyOf, java.util.function.Consumer<List<T>> chunk) {
        String sql = "select " + select + " from " + from + (conditions.isEmpty() ? " where " : where() + " and ")
                + key + " > :keysetAfter order by " + key + " limit :keysetSize";
        long after = Long.MIN_VALUE;
        while (true) {
            List<T> rows = jdbc.sql(sql).params(params).param("keysetAfter", after).param("keysetSize", size)
                    .query(mapper).list();
            if (rows.isEmpty()) {
                return;
            }
            chunk.accept(rows);
            if (rows.size() < size) {
                return;
            }
            after = keyOf.applyAsLong(rows.getLast());
        }
    }

    /** One row over everything the conditions select, e.g. {@code count(*), sum(...)}: the list's totals. */
    public <T> T aggregate(JdbcClient jdbc, RowMapper<T> mapper) {
        return jdbc.sql("select " + select + " from " + from + where()).params(params).query(mapper).single();
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * How many rows past the page a list is counted: a million documents counted on every page took
     * 60 ms of a core each time, and 500 requests a second over them emptied the pool (issue 14).
     */
    static final long COUNT_AHEAD = 10_000;

    /**
     * How long a count that reached its limit is remembered: "over 10 000" stays true while rows
     * are only added (documents are never deleted), and counting 10,000 index entries was half of
     * what the database did for a page under load (issue 14). A count below the limit is exact and
     * made every time.
     */
    static final long CAPPED_FOR_NANOS = java.time.Duration.ofSeconds(30).toNanos();
    private static final Map<String, Long> CAPPED = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > 1_000;
                }
            });

    /**
     * One page, and the count of what the conditions select up to {@link #COUNT_AHEAD} rows past
     * its start (beyond that, the page says "at least").
     */
    public <T> Page<T> page(JdbcClient jdbc, PageQuery query, SortSpec sorts, String idColumn, RowMapper<T> mapper) {
        long countTo = query.offset() + COUNT_AHEAD;
        String count = "select count(*) from (select 1 from " + from + where() + " limit :countTo) counted";
        String key = count + params + countTo;
        Long since = CAPPED.get(key);
        long total;
        if (since != null && System.nanoTime() - since < CAPPED_FOR_NANOS) {
            total = countTo;
        } else {
            total = jdbc.sql(count).params(params).param("countTo", countTo).query(Long.class).single();
            if (total >= countTo) {
                CAPPED.put(key, System.nanoTime());
            } else if (since != null) {
                CAPPED.remove(key);
            }
        }
        return Page.of(items(jdbc, query, sorts, idColumn, mapper), query, total, total < countTo);
    }

    /** The page's rows alone, without a count: for a short list of the latest of something. */
    public <T> List<T> items(JdbcClient jdbc, PageQuery query, SortSpec sorts, String idColumn, RowMapper<T> mapper) {
        return jdbc.sql("select " + select + " from " + from + where() + sorts.orderBy(query.sort(), idColumn)
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query(mapper)
                .list();
    }
}

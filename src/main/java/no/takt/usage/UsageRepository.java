package no.takt.usage;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import no.takt.platform.jdbc.Columns;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.usage.core.Usage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The usage events: written a batch at a time, each transaction id once; read as aggregates. */
@Repository
class UsageRepository {

    /** An event as stored. */
    record Row(String transactionId, long customerId, long meterId, OffsetDateTime occurredAt, Usage.Reading reading,
               String properties, OffsetDateTime receivedAt) {
    }

    /** The columns of a batch: into the staging table on PostgreSQL (COPY), into the table itself elsewhere. */
    private static Columns<Row> columns(String table) {
        return Columns.<Row>of(table)
                .add("transaction_id", Types.VARCHAR, Row::transactionId)
                .add("customer_id", Types.BIGINT, Row::customerId)
                .add("meter_id", Types.BIGINT, Row::meterId)
                .add("occurred_at", Types.TIMESTAMP_WITH_TIMEZONE, Row::occurredAt)
                .add("quantity", Types.NUMERIC, r -> r.reading().quantity())
                .add("distinct_value", Types.VARCHAR, r -> r.reading().value())
                .add("properties", Types.VARCHAR, Row::properties)
                .add("received_at", Types.TIMESTAMP_WITH_TIMEZONE, Row::receivedAt);
    }

    private static final Columns<Row> STAGING = columns("usage_event_staging");
    private static final Columns<Row> EVENTS = columns("usage_event");
    private static final String COLUMN_LIST = "transaction_id, customer_id, meter_id, occurred_at, quantity,"
            + " distinct_value, properties, received_at";
    private static final SortSpec SORTS = new SortSpec(java.util.Map.of("id", "e.id", "occurredAt", "e.occurred_at"),
            "-id");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final boolean postgres;

    UsageRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.postgres = no.takt.platform.jdbc.Databases.postgres(batch);
    }

    /**
     * Stores the events whose transaction id is not stored yet, and answers how many that was. On
     * PostgreSQL the batch is copied into a temporary table and moved with {@code on conflict do
     * nothing}, one statement for the lot; elsewhere each insert skips a known id. Two requests with
     * the same id at once: the unique key lets one in.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int insert(Collection<Row> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        if (postgres) {
            jdbc.sql("create temporary table if not exists usage_event_staging (transaction_id varchar(100),"
                    + " customer_id bigint, meter_id bigint, occurred_at timestamp with time zone,"
                    + " quantity numeric(19, 6), distinct_value varchar(200), properties varchar(4000),"
                    + " received_at timestamp with time zone) on commit delete rows").update();
            STAGING.insert(batch, rows);
            return jdbc.sql("insert into usage_event (" + COLUMN_LIST + ") select " + COLUMN_LIST
                    + " from usage_event_staging on conflict (transaction_id) do nothing").update();
        }
        int inserted = 0;
        for (int count : batch.batchUpdate(EVENTS.insert() + " on conflict do nothing",
                EVENTS.values(rows), EVENTS.types())) {
            inserted += Math.max(count, 0);
        }
        return inserted;
    }

    /** A window of one aggregation as the query takes it: its place in the request, and its instants. */
    record Span(int index, long meterId, long customerId, OffsetDateTime from, OffsetDateTime before) {
    }

    /**
     * The aggregates of many windows of one aggregation, in one query: the windows as a table of
     * values joined to the events by the aggregate index (absent from the answer: no events).
     */
    java.util.Map<Integer, BigDecimal> aggregates(no.takt.usage.core.Aggregation aggregation, List<Span> spans) {
        java.util.Map<Integer, BigDecimal> found = new java.util.HashMap<>();
        if (spans.isEmpty()) {
            return found;
        }
        String windows = "with w (i, meter_id, customer_id, from_at, before_at) as (values "
                + String.join(", ", java.util.Collections.nCopies(spans.size(), "(cast(? as integer),"
                + " cast(? as bigint), cast(? as bigint), cast(? as timestamp with time zone),"
                + " cast(? as timestamp with time zone))"))
                + ") ";
        String join = " from w join usage_event e on e.meter_id = w.meter_id and e.customer_id = w.customer_id"
                + " and e.occurred_at >= w.from_at and e.occurred_at < w.before_at";
        String sql = switch (aggregation) {
            case SUM -> windows + "select w.i, sum(e.quantity)" + join + " group by w.i";
            case COUNT -> windows + "select w.i, count(*)" + join + " group by w.i";
            case MAX -> windows + "select w.i, max(e.quantity)" + join + " group by w.i";
            case UNIQUE_COUNT -> windows + "select w.i, count(distinct e.distinct_value)" + join + " group by w.i";
            case LATEST -> windows + "select i, quantity from (select w.i, e.quantity, row_number() over"
                    + " (partition by w.i order by e.occurred_at desc, e.id desc) as n" + join + ") x where n = 1";
        };
        List<Object> params = new java.util.ArrayList<>(spans.size() * 5);
        for (Span span : spans) {
            params.addAll(List.of(span.index(), span.meterId(), span.customerId(), span.from(), span.before()));
        }
        jdbc.sql(sql).params(params).query(rs -> {
            BigDecimal value = rs.getBigDecimal(2);
            found.put(rs.getInt(1), (value == null ? BigDecimal.ZERO : value)
                    .setScale(Usage.SCALE, java.math.RoundingMode.HALF_UP));
        });
        return found;
    }

    Page<RecordedEvent> list(Long meterId, Long customerId, PageQuery query) {
        return filtered(meterId, customerId).search(query.q(), "e.transaction_id")
                .page(jdbc, query, SORTS, "e.id", UsageRepository::recorded);
    }

    /** The latest events recorded (of a meter, of a customer), newest first, without counting them all. */
    List<RecordedEvent> recent(Long meterId, Long customerId, int limit) {
        return filtered(meterId, customerId).items(jdbc, PageQuery.firstPage(limit), SORTS, "e.id",
                UsageRepository::recorded);
    }

    private static PagedQuery filtered(Long meterId, Long customerId) {
        return PagedQuery.select("e.*", "usage_event e")
                .whereIf(meterId, "e.meter_id = :meter", "meter")
                .whereIf(customerId, "e.customer_id = :customer", "customer");
    }

    private static RecordedEvent recorded(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RecordedEvent(rs.getLong("id"), rs.getString("transaction_id"), rs.getLong("customer_id"),
                rs.getLong("meter_id"), Rows.time(rs, "occurred_at"), rs.getBigDecimal("quantity"),
                rs.getString("distinct_value"), rs.getString("properties"));
    }

    boolean hasEvents(long meterId) {
        return jdbc.sql("select count(*) from usage_event where meter_id = ?").param(meterId).query(Long.class)
                .single() > 0;
    }
}

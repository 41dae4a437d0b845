package no.takt.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.takt.billing.core.Drafting;
import no.takt.billing.core.Skip;
import no.takt.billing.core.SkipReason;
import no.takt.platform.jdbc.Columns;
import no.takt.platform.jdbc.InList;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of billing runs, their chunks, their skipped subscribers and the one-time lines they billed. */
@Repository
class RunRepository {

    private static final SortSpec SORTS = new SortSpec(Map.of("date", "run_date", "startedAt", "started_at"),
            "-startedAt");

    /** A run's share of work: one subscription's subscribers with ids from first to last. */
    record Chunk(long id, long runId, long subscriptionId, long firstSubscriberId, long lastSubscriberId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RunRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long create(LocalDate date, BillingRun.Trigger trigger, String by, OffsetDateTime at, boolean hold) {
        return Rows.insert(jdbc.sql("""
                insert into billing_run (run_date, status, run_trigger, started_by, started_at, chunks_total,
                  chunks_done, documents_created, subscribers_skipped, total_excl_vat, approval)
                values (?, 'RUNNING', ?, ?, ?, 0, 0, 0, 0, 0, ?)""").params(date, trigger.name(), by, at,
                (hold ? BillingRun.Approval.WAITING : BillingRun.Approval.NONE).name()));
    }

    /**
     * Marks a finished run (completed, or failed with what its committed chunks made) that waits for
     * approval released; false when it is not such a run.
     */
    boolean release(long runId, String by, OffsetDateTime at) {
        return jdbc.sql("""
                update billing_run set approval = 'RELEASED', released_by = ?, released_at = ?
                where id = ? and approval = 'WAITING' and status <> 'RUNNING'""").params(by, at, runId).update() == 1;
    }

    void addChunks(long runId, List<long[]> chunks) {
        batch.batchUpdate("""
                insert into billing_run_chunk (run_id, subscription_id, first_subscriber_id, last_subscriber_id, status,
                  documents_created, subscribers_skipped, total_excl_vat)
                values (?, ?, ?, ?, 'PENDING', 0, 0, 0)""",
                chunks.stream().map(c -> new Object[] {runId, c[0], c[1], c[2]}).toList());
        jdbc.sql("update billing_run set chunks_total = ? where id = ?").params(chunks.size(), runId).update();
    }

    /** Claims the next pending chunk; another instance working on the same run skips it. Call inside a transaction. */
    Optional<Chunk> claim(long runId, String by, OffsetDateTime at) {
        Optional<Chunk> chunk = jdbc.sql("""
                select id, run_id, subscription_id, first_subscriber_id, last_subscriber_id from billing_run_chunk
                where run_id = ? and status = 'PENDING' order by id limit 1 for update skip locked""")
                .param(runId)
                .query((rs, row) -> new Chunk(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .optional();
        chunk.ifPresent(c -> jdbc.sql("update billing_run_chunk set status = 'CLAIMED', claimed_by = ?, claimed_at = ?"
                + " where id = ?").params(by, at, c.id()).update());
        return chunk;
    }

    void done(long chunkId, int documents, int skipped, BigDecimal total, OffsetDateTime at) {
        jdbc.sql("""
                update billing_run_chunk set status = 'DONE', documents_created = ?, subscribers_skipped = ?,
                  total_excl_vat = ?, finished_at = ? where id = ?""")
                .params(documents, skipped, total, at, chunkId).update();
    }

    /** Chunks claimed by an instance that stopped (no result for a long time) go back to the pool. */
    int releaseStale(long runId, OffsetDateTime claimedBefore) {
        return jdbc.sql("update billing_run_chunk set status = 'PENDING', claimed_by = null, claimed_at = null"
                + " where run_id = ? and status = 'CLAIMED' and claimed_at < ?").params(runId, claimedBefore).update();
    }

    int unfinished(long runId) {
        return jdbc.sql("select count(*) from billing_run_chunk where run_id = ? and status in ('PENDING', 'CLAIMED')")
                .param(runId).query(Integer.class).single();
    }

    /** The run's totals summed from its chunks; also its progress while it runs. */
    void tally(long runId) {
        jdbc.sql("""
                update billing_run set
                  chunks_done = (select count(*) from billing_run_chunk c where c.run_id = billing_run.id
                    and c.status in ('DONE', 'FAILED')),
                  documents_created = (select coalesce(sum(documents_created), 0) from billing_run_chunk c
                    where c.run_id = billing_run.id),
                  subscribers_skipped = (select coalesce(sum(subscribers_skipped), 0) from billing_run_chunk c
                    where c.run_id = billing_run.id),
                  total_excl_vat = (select coalesce(sum(total_excl_vat), 0) from billing_run_chunk c
                    where c.run_id = billing_run.id)
                where id = ?""").param(runId).update();
    }

    void finish(long runId, BillingRun.Status status, OffsetDateTime at, String error) {
        tally(runId);
        jdbc.sql("update billing_run set status = ?, finished_at = ?, error = ? where id = ?")
                .params(status.name(), at, error, runId).update();
    }

    /** A row a run writes: the run and what it is about. */
    private record OfRun<T>(long runId, T row) {
    }

    private static final Columns<OfRun<Skip>> SKIP = Columns.<OfRun<Skip>>of("billing_run_skip")
            .add("run_id", Types.BIGINT, OfRun::runId)
            .add("subscription_id", Types.BIGINT, s -> s.row().subscriptionId())
            .add("subscriber_id", Types.BIGINT, s -> s.row().subscriberId())
            .add("customer_id", Types.BIGINT, s -> s.row().customerId())
            .add("reason", Types.VARCHAR, s -> s.row().reason().name())
            .add("detail", Types.VARCHAR, s -> s.row().detail());

    private static final Columns<OfRun<Drafting.OneTime>> ONE_TIME = Columns.<OfRun<Drafting.OneTime>>of(
                    "billing_one_time_line")
            .add("line_id", Types.BIGINT, o -> o.row().lineId())
            .add("subscriber_id", Types.BIGINT, o -> o.row().subscriberId())
            .add("customer_id", Types.BIGINT, o -> o.row().customerId())
            .add("run_id", Types.BIGINT, OfRun::runId);

    void skips(long runId, List<Skip> skips) {
        SKIP.insert(batch, skips.stream().map(s -> new OfRun<>(runId, s)).toList());
    }

    List<Skip> skips(long runId) {
        return jdbc.sql("select * from billing_run_skip where run_id = ? order by id").param(runId)
                .query((rs, row) -> new Skip(rs.getLong("subscription_id"), rs.getLong("subscriber_id"),
                        Rows.longOrNull(rs, "customer_id"), SkipReason.valueOf(rs.getString("reason")),
                        rs.getString("detail"))).list();
    }

    /**
     * Records the one-time lines billed, in the transaction that bills them: each (line, subscriber,
     * customer) once — a second time is a duplicate key, as for a period billed twice.
     */
    void oneTimeBilled(long runId, List<Drafting.OneTime> billed) {
        ONE_TIME.insert(batch, billed.stream().map(o -> new OfRun<>(runId, o)).toList());
    }

    /** The one-time lines these subscribers have had. */
    Set<Drafting.OneTime> oneTimeBilled(Collection<Long> subscriberIds) {
        Set<Drafting.OneTime> billed = new HashSet<>();
        InList.inSlices(List.copyOf(subscriberIds), ids -> jdbc.sql(
                "select line_id, subscriber_id, customer_id from billing_one_time_line where subscriber_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    billed.add(new Drafting.OneTime(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                }));
        return billed;
    }

    List<Long> subscriptions(long runId) {
        return jdbc.sql("select distinct subscription_id from billing_run_chunk where run_id = ?").param(runId)
                .query(Long.class).list();
    }

    Optional<BillingRun> find(long id) {
        return jdbc.sql("select * from billing_run where id = ?").param(id).query(RunRepository::map).optional();
    }

    Page<BillingRun> list(PageQuery query) {
        return PagedQuery.select("*", "billing_run").page(jdbc, query, SORTS, "id", RunRepository::map);
    }

    private static BillingRun map(ResultSet rs, int row) throws SQLException {
        return new BillingRun(rs.getLong("id"), Rows.date(rs, "run_date"),
                BillingRun.Status.valueOf(rs.getString("status")),
                BillingRun.Trigger.valueOf(rs.getString("run_trigger")), rs.getString("started_by"),
                Rows.time(rs, "started_at"), Rows.time(rs, "finished_at"), rs.getInt("chunks_total"),
                rs.getInt("chunks_done"), rs.getInt("documents_created"), rs.getInt("subscribers_skipped"),
                Rows.amount(rs, "total_excl_vat"), rs.getString("error"),
                BillingRun.Approval.valueOf(rs.getString("approval")), Rows.time(rs, "released_at"),
                rs.getString("released_by"));
    }
}

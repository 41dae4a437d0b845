package no.takt.billing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.takt.billing.core.Drafting;
import no.takt.billing.core.Skip;
import no.takt.billing.core.SkipReason;
import no.takt.documents.BilledState;
import no.takt.documents.Issuing;
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
                insert into billing_run (run_date, running_date, status, run_trigger, started_by, started_at,
                  chunks_total, chunks_done, documents_created, subscribers_skipped, total_excl_vat, approval)
                values (?, ?, 'RUNNING', ?, ?, ?, 0, 0, 0, 0, 0, ?)""").params(date, date, trigger.name(), by, at,
                (hold ? BillingRun.Approval.WAITING : BillingRun.Approval.NONE).name()));
    }

    /** The run for the date that is running now, if any (there is at most one). */
    Optional<Long> running(LocalDate date) {
        return jdbc.sql("select id from billing_run where running_date = ?").param(date).query(Long.class).optional();
    }

    /** The run's status, with its row locked until the transaction ends (so one instance finishes it). */
    BillingRun.Status lock(long runId) {
        return BillingRun.Status.valueOf(jdbc.sql("select status from billing_run where id = ? for update")
                .param(runId).query(String.class).single());
    }

    /**
     * Runs still RUNNING that nobody works on: started, and no chunk of theirs claimed or finished,
     * since the moment (the instance that ran them stopped).
     */
    List<Long> orphans(OffsetDateTime quietSince) {
        return jdbc.sql("select r.id from billing_run r where " + ORPHAN + " order by r.id")
                .param("quiet", quietSince).query(Long.class).list();
    }

    /** Whether the run is one of the {@link #orphans}. */
    boolean orphan(long runId, OffsetDateTime quietSince) {
        return jdbc.sql("select count(*) from billing_run r where r.id = :id and " + ORPHAN).param("id", runId)
                .param("quiet", quietSince).query(Integer.class).single() == 1;
    }

    private static final String ORPHAN = """
            r.status = 'RUNNING' and r.started_at < :quiet
            and not exists (select 1 from billing_run_chunk c where c.run_id = r.id
              and (c.claimed_at >= :quiet or c.finished_at >= :quiet))""";

    /** Names the run that took over an abandoned one. */
    void supersede(long abandoned, long by) {
        jdbc.sql("update billing_run set superseded_by = ? where id = ?").params(by, abandoned).update();
    }

    /** A run that completed after the run started, for its date or later: it billed what the run would have. */
    Optional<Long> completedAfter(BillingRun run) {
        return jdbc.sql("""
                select min(id) from billing_run where status = 'COMPLETED' and run_date >= ? and started_at > ?""")
                .params(run.date(), run.startedAt()).query(Long.class).optional();
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

    /**
     * The next pending chunk, locked until the caller's transaction ends: another thread or instance
     * working on the same run skips it, and a crash lets it go. Call inside a transaction.
     */
    Optional<Chunk> next(long runId) {
        return jdbc.sql("""
                select id, run_id, subscription_id, first_subscriber_id, last_subscriber_id from billing_run_chunk
                where run_id = ? and status = 'PENDING' order by id limit 1 for update skip locked""")
                .param(runId)
                .query((rs, row) -> new Chunk(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .optional();
    }

    /** Marks a chunk that is billed subscriber by subscriber, in transactions of their own, as taken. */
    void claimed(long chunkId, String by, OffsetDateTime at) {
        jdbc.sql("update billing_run_chunk set status = 'CLAIMED', claimed_by = ?, claimed_at = ? where id = ?")
                .params(by, at, chunkId).update();
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

    /**
     * Ends the run with its true counts: what its documents are (counted by the caller from them, as a
     * chunk cut off by a crash may have committed documents it never reported), the subscribers it
     * skipped and its chunks done. Frees its date for the next run.
     */
    void finish(long runId, BillingRun.Status status, OffsetDateTime at, Issuing.Made made, String error,
            Long supersededBy) {
        jdbc.sql("""
                update billing_run set status = ?, finished_at = ?, error = ?, superseded_by = ?, running_date = null,
                  documents_created = ?, total_excl_vat = ?,
                  chunks_done = (select count(*) from billing_run_chunk c where c.run_id = billing_run.id
                    and c.status = 'DONE'),
                  subscribers_skipped = (select count(distinct subscriber_id) from billing_run_skip s
                    where s.run_id = billing_run.id)
                where id = ?""").params(status.name(), at, error, supersededBy, made.documents(), made.totalExclVat(),
                runId).update();
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

    private static final Columns<OfRun<Drafting.UsageBilled>> USAGE = Columns.<OfRun<Drafting.UsageBilled>>of(
                    "billing_usage")
            .add("line_id", Types.BIGINT, u -> u.row().lineId())
            .add("subscriber_id", Types.BIGINT, u -> u.row().subscriberId())
            .add("customer_id", Types.BIGINT, u -> u.row().customerId())
            .add("usage_start", Types.DATE, u -> u.row().from())
            .add("usage_end", Types.DATE, u -> u.row().to())
            .add("meter_id", Types.BIGINT, u -> u.row().meterId())
            .add("quantity", Types.NUMERIC, u -> u.row().quantity())
            .add("accept_until", Types.DATE, u -> u.row().acceptUntil())
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

    /**
     * Records the usage the metered lines billed, in the transaction that bills it: each (line,
     * subscriber, customer, period) once.
     */
    void usageBilled(long runId, List<Drafting.UsageBilled> billed) {
        USAGE.insert(batch, billed.stream().map(u -> new OfRun<>(runId, u)).toList());
    }

    /**
     * The late usage compared again, in the transaction that bills the corrections: each counts the late
     * events it saw as corrected. One that another run corrected meanwhile is a conflict, and the chunk
     * is worked out again (as for a document another run saved first).
     */
    void corrected(List<Drafting.Correction> corrections) {
        for (Drafting.Correction c : corrections) {
            Drafting.UsageBilled b = c.late().billed();
            int updated = jdbc.sql("""
                    update billing_usage set quantity = ?, corrected_count = ?
                    where line_id = ? and subscriber_id = ? and customer_id = ? and usage_start = ?
                      and corrected_count = ?""").params(c.quantity(), c.late().lateCount(), b.lineId(),
                    b.subscriberId(), b.customerId(), b.from(), c.late().correctedCount()).update();
            if (updated != 1) {
                throw new org.springframework.dao.DuplicateKeyException("usage of " + b + " corrected by another run");
            }
        }
    }

    /**
     * The one-time lines these subscribers have had, the last day of usage billed per customer of theirs,
     * and their usage that late events have reached since it was billed.
     */
    Drafting.History history(Collection<Long> subscriberIds) {
        Set<Drafting.OneTime> billed = new HashSet<>();
        Map<BilledState.Key, LocalDate> usage = new HashMap<>();
        Map<BilledState.Key, List<Drafting.Late>> late = new HashMap<>();
        InList.inSlices(List.copyOf(subscriberIds), ids -> {
            jdbc.sql("select line_id, subscriber_id, customer_id from billing_one_time_line"
                    + " where subscriber_id in (:ids)").param("ids", ids)
                    .query(rs -> {
                        billed.add(new Drafting.OneTime(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                    });
            jdbc.sql("select subscriber_id, customer_id, max(usage_end) from billing_usage"
                    + " where subscriber_id in (:ids) group by subscriber_id, customer_id").param("ids", ids)
                    .query(rs -> {
                        usage.put(new BilledState.Key(rs.getLong(1), rs.getLong(2)), rs.getObject(3, LocalDate.class));
                    });
            jdbc.sql("select * from billing_usage where subscriber_id in (:ids) and late_count > corrected_count"
                    + " order by usage_start").param("ids", ids)
                    .query(rs -> {
                        Drafting.UsageBilled b = new Drafting.UsageBilled(rs.getLong("line_id"),
                                rs.getLong("subscriber_id"), rs.getLong("customer_id"), rs.getLong("meter_id"),
                                Rows.date(rs, "usage_start"), Rows.date(rs, "usage_end"), rs.getBigDecimal("quantity"),
                                Rows.date(rs, "accept_until"));
                        late.computeIfAbsent(new BilledState.Key(b.subscriberId(), b.customerId()),
                                k -> new java.util.ArrayList<>()).add(new Drafting.Late(b, rs.getInt("late_count"),
                                rs.getInt("corrected_count")));
                    });
        });
        return new Drafting.History(billed, usage, late);
    }

    List<Long> subscriptions(long runId) {
        return jdbc.sql("select distinct subscription_id from billing_run_chunk where run_id = ?").param(runId)
                .query(Long.class).list();
    }

    Optional<BillingRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from billing_run where id = ?").param(id).query(RunRepository::map)
                .optional();
    }

    long waitingForApproval() {
        return jdbc.sql("select count(*) from billing_run where approval = 'WAITING' and status <> 'ABANDONED'")
                .query(Long.class).single();
    }

    Page<BillingRun> list(PageQuery query) {
        return PagedQuery.select(COLUMNS, "billing_run").page(jdbc, query, SORTS, "id", RunRepository::map);
    }

    /** A run's columns, and while it runs its chunks done so far (its progress). */
    private static final String COLUMNS = "billing_run.*, case when status = 'RUNNING' then (select count(*)"
            + " from billing_run_chunk c where c.run_id = billing_run.id and c.status = 'DONE') end as done_so_far";

    private static BillingRun map(ResultSet rs, int row) throws SQLException {
        return new BillingRun(rs.getLong("id"), Rows.date(rs, "run_date"),
                BillingRun.Status.valueOf(rs.getString("status")),
                BillingRun.Trigger.valueOf(rs.getString("run_trigger")), rs.getString("started_by"),
                Rows.time(rs, "started_at"), Rows.time(rs, "finished_at"), rs.getInt("chunks_total"),
                rs.getObject("done_so_far") != null ? rs.getInt("done_so_far") : rs.getInt("chunks_done"),
                rs.getInt("documents_created"), rs.getInt("subscribers_skipped"),
                Rows.amount(rs, "total_excl_vat"), rs.getString("error"),
                BillingRun.Approval.valueOf(rs.getString("approval")), Rows.time(rs, "released_at"),
                rs.getString("released_by"), Rows.longOrNull(rs, "superseded_by"));
    }
}

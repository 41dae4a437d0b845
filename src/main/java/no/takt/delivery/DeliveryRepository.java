package no.takt.delivery;

import no.takt.documents.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.platform.jdbc.Columns;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivery and delivery_attempt tables. */
@Repository
class DeliveryRepository {

    private static final SortSpec SORTS = new SortSpec(Map.of("created", "created_at", "status", "status",
            "recipient", "recipient", "next", "next_attempt_at"), "-created");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DeliveryRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Queues the deliveries of documents just made, in their transaction (so none can be queued
     * yet; the unique key would refuse a second). Held by a run that waits for approval, they are
     * HELD until it is released.
     */
    void queue(List<Route> routes, OffsetDateTime now, Long heldByRun) {
        Delivery.Status status = heldByRun == null ? Delivery.Status.PENDING : Delivery.Status.HELD;
        QUEUED.insert(batch, routes.stream().map(r -> new Queued(r, status, now, heldByRun)).toList());
    }

    /** Where a document goes: by which channel, to whom. */
    record Route(long documentId, Channel channel, String recipient) {
    }

    /** A delivery as it is queued. */
    private record Queued(Route route, Delivery.Status status, OffsetDateTime at, Long heldByRun) {
    }

    private static final Columns<Queued> QUEUED = Columns.<Queued>of("delivery")
            .add("document_id", Types.BIGINT, q -> q.route().documentId())
            .add("channel", Types.VARCHAR, q -> q.route().channel().name())
            .add("recipient", Types.VARCHAR, q -> q.route().recipient())
            .add("status", Types.VARCHAR, q -> q.status().name())
            .add("attempts", Types.INTEGER, q -> 0)
            .add("next_attempt_at", Types.TIMESTAMP_WITH_TIMEZONE, Queued::at)
            .add("created_at", Types.TIMESTAMP_WITH_TIMEZONE, Queued::at)
            .add("held_by_run", Types.BIGINT, Queued::heldByRun);

    /** The deliveries the run held back are due now. */
    int release(long runId, OffsetDateTime now) {
        return jdbc.sql("update delivery set status = 'PENDING', next_attempt_at = ? where held_by_run = ?"
                + " and status = 'HELD'").params(now, runId).update();
    }

    /** Of these documents, those that go electronically (e-mail or EHF): the others are printed. */
    java.util.Set<Long> routed(java.util.Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select distinct document_id from delivery where document_id in (:ids)"
                + " and channel <> 'PRINT'")
                .param("ids", documentIds).query(Long.class).list());
    }

    /** The next due delivery, locked for this transaction; skipped by any other sender meanwhile. */
    /**
     * Claims the next delivery due — or one left SENDING since before {@code cutOffBefore}, whose
     * attempt an instance that stopped never finished — as SENDING, counting the attempt. Call in a
     * transaction of its own, committed before the sending starts.
     */
    Optional<Claimed> claimDue(OffsetDateTime now, OffsetDateTime cutOffBefore) {
        Optional<Delivery> due = jdbc.sql("""
                select * from delivery where (status = 'PENDING' and next_attempt_at <= ? and channel <> 'PRINT')
                  or (status = 'SENDING' and sending_since < ?)
                order by next_attempt_at, id limit 1 for update skip locked""")
                .params(now, cutOffBefore).query((rs, row) -> map(rs, List.of())).optional();
        return due.map(d -> {
            boolean resumed = d.status() == Delivery.Status.SENDING;
            if (resumed) {
                attempt(d.id(), now, "RESUMED", "an attempt was cut off before its result was recorded (its"
                        + " instance stopped); sent again with the same Message-ID");
            }
            jdbc.sql("update delivery set status = 'SENDING', sending_since = ?, attempts = attempts + 1 where id = ?")
                    .params(now, d.id()).update();
            return new Claimed(d, resumed);
        });
    }

    /** A delivery claimed for sending; {@code resumed} when an earlier attempt may have reached the server. */
    record Claimed(Delivery delivery, boolean resumed) {
    }

    void sent(long id, OffsetDateTime at, String fileName, String detail) {
        jdbc.sql("update delivery set status = 'SENT', sent_at = ?, file_name = ?, last_error = null,"
                + " sending_since = null where id = ?").params(at, fileName, id).update();
        attempt(id, at, "SENT", detail);
    }

    /** A failed attempt, tried again at {@code next}, or given up (FAILED) without one. */
    void failed(long id, OffsetDateTime at, String error, OffsetDateTime next) {
        String clipped = clip(error);
        jdbc.sql("update delivery set status = ?, last_error = ?, next_attempt_at = ?, sending_since = null"
                + " where id = ?").params(next == null ? "FAILED" : "PENDING", clipped, next == null ? at : next, id)
                .update();
        attempt(id, at, "ERROR", clipped);
    }

    /** The documents waiting in the print queue up to this delivery id, oldest first. */
    List<Long> printQueue(long upTo) {
        return jdbc.sql("select document_id from delivery where channel = 'PRINT' and status = 'PENDING'"
                + " and id <= ? order by id").param(upTo).query(Long.class).list();
    }

    /**
     * The print queue's next batch — up to which delivery id it goes (at most {@code size} documents,
     * oldest first; 0 when the queue is empty) — and how many wait in all.
     */
    long[] printQueueBatch(int size) {
        long upTo = jdbc.sql("select coalesce(max(id), 0) from (select id from delivery where channel = 'PRINT'"
                + " and status = 'PENDING' order by id limit ?) as batch").param(size).query(Long.class).single();
        long waiting = jdbc.sql("select count(*) from delivery where channel = 'PRINT' and status = 'PENDING'")
                .query(Long.class).single();
        return new long[] {upTo, waiting};
    }

    /** The print queue up to this delivery id is printed: SENT, with the attempt logged by whom. */
    int printed(long upTo, OffsetDateTime at, String by) {
        jdbc.sql("""
                insert into delivery_attempt (delivery_id, attempted_at, outcome, detail)
                select id, ?, 'SENT', ? from delivery where channel = 'PRINT' and status = 'PENDING' and id <= ?""")
                .params(at, "printed by " + by, upTo).update();
        return jdbc.sql("""
                update delivery set status = 'SENT', attempts = attempts + 1, sent_at = ?
                where channel = 'PRINT' and status = 'PENDING' and id <= ?""").params(at, upTo).update();
    }

    /** A failed delivery is tried again at once. */
    boolean retry(long id, OffsetDateTime now) {
        return jdbc.sql("update delivery set status = 'PENDING', next_attempt_at = ? where id = ? and status = 'FAILED'")
                .params(now, id).update() == 1;
    }

    private void attempt(long id, OffsetDateTime at, String outcome, String detail) {
        jdbc.sql("insert into delivery_attempt (delivery_id, attempted_at, outcome, detail) values (?, ?, ?, ?)")
                .params(id, at, outcome, clip(detail)).update();
    }

    /** What fits the 2,000 characters of an error or attempt detail (a mail server or the EHF rules may say more). */
    private static String clip(String text) {
        return text != null && text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    Optional<Delivery> find(long id) {
        return jdbc.sql("select * from delivery where id = ?").param(id).query((rs, row) -> map(rs, List.of()))
                .optional().map(d -> withLog(List.of(d)).getFirst());
    }

    Page<Delivery> list(Long documentId, Delivery.Status status, PageQuery query) {
        Page<Delivery> page = PagedQuery.select("*", "delivery")
                .whereIf(documentId, "document_id = :documentId", "documentId")
                .whereIf(status == null ? null : status.name(), "status = :status", "status")
                .search(query.q(), "recipient")
                .page(jdbc, query, SORTS, "id", (rs, row) -> map(rs, List.of()));
        List<Delivery> withLog = withLog(page.items());
        return page.with(withLog);
    }

    private List<Delivery> withLog(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<Long, List<Delivery.Attempt>> log = new HashMap<>();
        jdbc.sql("select * from delivery_attempt where delivery_id in (:ids) order by id")
                .param("ids", deliveries.stream().map(Delivery::id).toList())
                .query(rs -> {
                    log.computeIfAbsent(rs.getLong("delivery_id"), k -> new ArrayList<>()).add(new Delivery.Attempt(
                            Rows.time(rs, "attempted_at"), rs.getString("outcome"), rs.getString("detail")));
                });
        return deliveries.stream().map(d -> new Delivery(d.id(), d.documentId(), d.channel(), d.recipient(),
                d.status(), d.attempts(), d.nextAttemptAt(), d.lastError(), d.sentAt(), d.fileName(), d.createdAt(),
                log.getOrDefault(d.id(), List.of()))).toList();
    }

    private static Delivery map(ResultSet rs, List<Delivery.Attempt> log) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("document_id"),
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                Rows.time(rs, "next_attempt_at"), rs.getString("last_error"), Rows.time(rs, "sent_at"),
                rs.getString("file_name"), Rows.time(rs, "created_at"), log);
    }
}

package no.takt.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers, per caller and {@code Idempotency-Key}, the request and the answer it got. The primary
 * key decides which of two identical requests runs; the other waits for nothing and is told so.
 * Each statement commits on its own, outside the request's own transaction.
 */
@Component
class IdempotencyStore {

    /** How long an answer is kept for replay. */
    static final Duration RETENTION = Duration.ofHours(24);
    /** A request still "in progress" after this long died with its server; its key may be used again. */
    static final Duration ABANDONED = Duration.ofMinutes(5);

    record Stored(String requestHash, boolean done, Integer status, String contentType, String location, String body,
                  OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key for this request; empty when claimed, else what is stored under it. */
    Optional<Stored> claim(String actor, String key, String requestHash) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from idempotency_key where created_at < ?").param(now.minus(RETENTION)).update();
        jdbc.sql("delete from idempotency_key where actor = ? and idempotency_key = ? and status = 'IN_PROGRESS'"
                + " and created_at < ?").params(actor, key, now.minus(ABANDONED)).update();
        try {
            jdbc.sql("insert into idempotency_key (actor, idempotency_key, request_hash, status, created_at)"
                    + " values (?, ?, ?, 'IN_PROGRESS', ?)").params(actor, key, requestHash, now).update();
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return find(actor, key);
        }
    }

    void complete(String actor, String key, int status, String contentType, String location, String body) {
        jdbc.sql("""
                update idempotency_key set status = 'DONE', response_status = ?, response_content_type = ?,
                  response_location = ?, response_body = ?
                where actor = ? and idempotency_key = ?""")
                .params(status, contentType, location, body, actor, key).update();
    }

    void release(String actor, String key) {
        jdbc.sql("delete from idempotency_key where actor = ? and idempotency_key = ?").params(actor, key).update();
    }

    private Optional<Stored> find(String actor, String key) {
        return jdbc.sql("select * from idempotency_key where actor = ? and idempotency_key = ?")
                .params(actor, key)
                .query((rs, i) -> new Stored(rs.getString("request_hash"), "DONE".equals(rs.getString("status")),
                        (Integer) rs.getObject("response_status"), rs.getString("response_content_type"),
                        rs.getString("response_location"), rs.getString("response_body"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .optional();
    }
}

package no.takt.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.security.CurrentActor;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generic audit log (who, when, entity, field, old, new), written in the same transaction as
 * the change it describes, for every change made through the API or the UI.
 */
@Component
public class AuditLog {

    private static final SortSpec SORTS = new SortSpec(Map.of("occurredAt", "occurred_at", "actor", "actor",
            "entityType", "entity_type"), "-occurredAt");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** The stamp for a write happening now, by the current actor. */
    public Stamp stamp() {
        return new Stamp(OffsetDateTime.now(clock), CurrentActor.name());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, Object id, Record after) {
        write(entityType, id, AuditEntry.Action.CREATE, null, after, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, Object id, Record before, Record after) {
        write(entityType, id, AuditEntry.Action.UPDATE, before, after, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, Object id, Record before) {
        write(entityType, id, AuditEntry.Action.DELETE, before, null, null);
    }

    /**
     * Records a change to an entity that belongs to a larger whole (a line of a subscription): the
     * scope, such as {@code subscription:12}, lets the whole's history show the parts' changes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String scope, String entityType, Object id, Record before, Record after) {
        AuditEntry.Action action = before == null ? AuditEntry.Action.CREATE
                : after == null ? AuditEntry.Action.DELETE : AuditEntry.Action.UPDATE;
        write(entityType, id, action, before, after, scope);
    }

    private void write(String entityType, Object id, AuditEntry.Action action, Record before, Record after,
            String scope) {
        Map<String, String> old = RecordFields.of(before);
        Map<String, String> now = RecordFields.of(after);
        Set<String> fields = new HashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<Object[]> rows = new ArrayList<>();
        Stamp stamp = stamp();
        fields.stream().sorted().forEach(field -> {
            String o = old.get(field);
            String n = now.get(field);
            if (!Objects.equals(o, n)) {
                rows.add(new Object[] {stamp.at(), stamp.by(), entityType, String.valueOf(id), action.name(), field, o, n,
                    scope});
            }
        });
        if (rows.isEmpty() && action != AuditEntry.Action.UPDATE) {
            rows.add(new Object[] {stamp.at(), stamp.by(), entityType, String.valueOf(id), action.name(), null, null, null,
                scope});
        }
        batch.batchUpdate("insert into audit_log (occurred_at, actor, entity_type, entity_id, action, field, old_value,"
                + " new_value, scope) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The history of one entity, newest first. */
    public List<AuditEntry> history(String entityType, Object id) {
        return jdbc.sql("select * from audit_log where entity_type = ? and entity_id = ? order by occurred_at desc, id desc")
                .params(entityType, String.valueOf(id))
                .query(AuditLog::map)
                .list();
    }

    /** Every change recorded under a scope (a whole and its parts), newest first. */
    public Page<AuditEntry> scope(String scope, PageQuery query) {
        return PagedQuery.select("*", "audit_log").where("scope = :scope", "scope", scope)
                .search(query.q(), "field", "old_value", "new_value")
                .page(jdbc, query, SORTS, "id", AuditLog::map);
    }

    public Page<AuditEntry> search(String entityType, String entityId, String actor, PageQuery query) {
        return PagedQuery.select("*", "audit_log")
                .whereIf(entityType, "entity_type = :entityType", "entityType")
                .whereIf(entityId, "entity_id = :entityId", "entityId")
                .whereIf(actor, "actor = :actor", "actor")
                .search(query.q(), "field", "old_value", "new_value")
                .page(jdbc, query, SORTS, "id", AuditLog::map);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("entity_type"), rs.getString("entity_id"),
                AuditEntry.Action.valueOf(rs.getString("action")), rs.getString("field"),
                rs.getString("old_value"), rs.getString("new_value"));
    }
}

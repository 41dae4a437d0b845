package no.takt.platform.audit;

import java.time.OffsetDateTime;

/** One changed field: who changed what, when, from which value to which. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String entityType, String entityId,
                         Action action, String field, String oldValue, String newValue) {

    public enum Action { CREATE, UPDATE, DELETE }
}

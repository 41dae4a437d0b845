package no.takt.platform.audit;

import java.time.OffsetDateTime;

/** When and by whom a row was made and last changed (its bookkeeping columns, left out of the audit trail). */
public record Stamps(OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt, String modifiedBy) {
    public static final Stamps NONE = new Stamps(null, null, null, null);
}

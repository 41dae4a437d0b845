package no.takt.customers;

import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/**
 * A customer group (debitorgruppe). A subscription can bill a whole group, whose members are
 * resolved at each run (seed 001).
 */
public record CustomerGroup(long id, String name, String description, long memberCount, int version,
                            OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt, String modifiedBy)
        implements Identified {
}

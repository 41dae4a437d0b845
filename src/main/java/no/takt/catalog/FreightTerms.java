package no.takt.catalog;

import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/** Freight terms (fraktbetingelser), with an optional freight line made from the freight product. */
public record FreightTerms(long id, String name, String description, Long freightProductId, boolean active,
                           int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt,
                           String modifiedBy) implements Identified {
}

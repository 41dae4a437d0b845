package no.takt.organisation;

import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/** An employee, shown as "our reference" (vår ref) or seller (selger) on documents. */
public record Employee(long id, String name, String initials, String title, String email, String phone,
                      boolean active, int version, OffsetDateTime createdAt, String createdBy,
                      OffsetDateTime modifiedAt, String modifiedBy) implements Identified {
}

package no.takt.platform.security;

import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/** A person who logs in to Takt. The password hash never leaves the security package. */
public record UserAccount(long id, String username, String displayName, Role role, boolean active, int version,
                          OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt, String modifiedBy)
        implements Identified {
}

package no.takt.platform.security;

import java.time.OffsetDateTime;

/**
 * An API token as listed: never the secret, only its first characters to recognise it by.
 * {@code secret} is filled only in the answer to its creation.
 */
public record ApiToken(long id, String name, Role role, String prefix, OffsetDateTime createdAt, String createdBy,
                       OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy, String secret) {

    public boolean active() {
        return revokedAt == null;
    }
}

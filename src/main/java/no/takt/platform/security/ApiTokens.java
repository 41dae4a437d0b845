package no.takt.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens ({@code Authorization: Bearer takt_…}) created and revoked by an admin. Only a SHA-256
 * hash is stored: the tokens are 256 random bits, so a fast hash is safe and lookups stay cheap.
 */
@Service
public class ApiTokens {

    static final String ENTITY = "api-token";
    private static final String PREFIX = "takt_";
    private static final SortSpec SORTS = new SortSpec(Map.of("name", "lower(name)", "createdAt", "created_at"), "-createdAt");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token and answers it with its secret, which is shown this once and never again. */
    @Transactional
    public ApiToken create(ApiTokenInput input) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(jdbc.sql("""
                        insert into api_token (name, role, token_hash, token_prefix, created_at, created_by)
                        values (:name, :role, :hash, :prefix, :at, :by)""")
                .param("name", input.name())
                .param("role", input.role().name())
                .param("hash", hash(secret))
                .param("prefix", secret.substring(0, 12))
                .param("at", stamp.at())
                .param("by", stamp.by()));
        ApiToken token = get(id);
        audit.created(ENTITY, id, token);
        return withSecret(token, secret);
    }

    @Transactional
    public ApiToken revoke(long id) {
        ApiToken before = get(id);
        if (before.active()) {
            Stamp stamp = audit.stamp();
            jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ?")
                    .params(stamp.at(), stamp.by(), id).update();
            audit.updated(ENTITY, id, before, get(id));
        }
        return get(id);
    }

    public Page<ApiToken> list(PageQuery query) {
        return PagedQuery.select("*", "api_token").search(query.q(), "name")
                .page(jdbc, query, SORTS, "id", ApiTokens::map);
    }

    public ApiToken get(long id) {
        return jdbc.sql("select * from api_token where id = ?").param(id).query(ApiTokens::map).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The active token with this secret, noting that it was used (at most once a minute, to spare the database). */
    Optional<ApiToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = jdbc.sql("select * from api_token where token_hash = ? and revoked_at is null")
                .param(hash(secret)).query(ApiTokens::map).optional();
        token.ifPresent(t -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                    .params(now, t.id(), now.minusMinutes(1)).update();
        });
        return token;
    }

    private static ApiToken withSecret(ApiToken t, String secret) {
        return new ApiToken(t.id(), t.name(), t.role(), t.prefix(), t.createdAt(), t.createdBy(), t.lastUsedAt(),
                t.revokedAt(), t.revokedBy(), secret);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getString("token_prefix"), Rows.time(rs, "created_at"), rs.getString("created_by"),
                Rows.time(rs, "last_used_at"), Rows.time(rs, "revoked_at"), rs.getString("revoked_by"), null);
    }
}

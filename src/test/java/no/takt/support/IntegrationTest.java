package no.takt.support;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.takt.platform.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the running application and a database: one Spring context for
 * all of them (same configuration, so it is cached), a real HTTP port, H2 or PostgreSQL. Tests
 * share the database, so each makes its own data with unique names and numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(CleanDatabase.class)
@ExtendWith(PostgresAvailable.class)
@Tag("db")
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "a-good-password";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000 * 10);
    private static final Map<Role, Boolean> USERS = new EnumMap<>(Role.class);
    private static String adminToken;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Api admin() {
        return Api.basic(port, "admin", ADMIN_PASSWORD);
    }

    /**
     * An admin client with an API token instead of a password: as allowed as {@link #admin()}, but
     * without a bcrypt check per request, for tests that send hundreds of requests.
     */
    protected Api adminByToken() {
        synchronized (USERS) {
            if (adminToken == null) {
                adminToken = admin().post("/api/v1/api-tokens", Map.of("name", "test-admin", "role", "ADMIN"))
                        .json().path("secret").asString();
            }
        }
        return Api.bearer(port, adminToken);
    }

    /** A client logged in as a user with the role (the user {@code <role>-user} is created once). */
    protected Api as(Role role) {
        String username = role.name().toLowerCase() + "-user";
        synchronized (USERS) {
            if (!USERS.containsKey(role)) {
                Api.Response created = admin().post("/api/v1/users",
                        Map.of("username", username, "password", PASSWORD, "role", role.name()));
                if (created.status() != 201 && created.status() != 409) {
                    throw new IllegalStateException("Cannot create " + username + ": " + created);
                }
                USERS.put(role, true);
            }
        }
        return Api.basic(port, username, PASSWORD);
    }

    /** A number no other test in this JVM gets. */
    protected static long unique() {
        return SEQUENCE.incrementAndGet();
    }

    /** A name no other test in this JVM gets. */
    protected static String unique(String prefix) {
        return prefix + " " + unique();
    }
}

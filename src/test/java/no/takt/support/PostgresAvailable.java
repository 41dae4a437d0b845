package no.takt.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When the database tests run on PostgreSQL and none is reachable: on CI ({@code CI} set) that is a
 * failure, so the tests run and fail loudly; on a developer's machine they are skipped with a
 * warning, so {@code ./mvnw verify} works without a local PostgreSQL.
 */
public class PostgresAvailable implements ExecutionCondition {

    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestProfiles.postgres() || System.getenv("CI") != null || reachable()) {
            return ConditionEvaluationResult.enabled("database available");
        }
        return ConditionEvaluationResult.disabled("No PostgreSQL at " + url() + "; start one (see README) or run .ci/run");
    }

    private static synchronized boolean reachable() {
        if (reachable == null) {
            DriverManager.setLoginTimeout(3);
            try (var c = DriverManager.getConnection(url(), env("TAKT_TEST_PG_USER", "takt"),
                    env("TAKT_TEST_PG_PASSWORD", "takt"))) {
                reachable = true;
            } catch (SQLException e) {
                System.err.println("WARNING: skipping the PostgreSQL tests: " + e.getMessage());
                reachable = false;
            }
        }
        return reachable;
    }

    private static String url() {
        return env("TAKT_TEST_PG_URL", "jdbc:postgresql://localhost:5432/takt_test");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

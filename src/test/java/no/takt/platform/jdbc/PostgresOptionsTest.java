package no.takt.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/** Issue 14: a PostgreSQL URL without reWriteBatchedInserts made every batch single-row inserts. */
class PostgresOptionsTest {

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        new PostgresOptions().postProcessBeforeInitialization(pool, "dataSource");
        return pool;
    }

    @Test
    void aPostgresUrlWithoutTheOptionGetsIt() {
        try (HikariDataSource pool = pool("jdbc:postgresql://localhost:5432/takt")) {
            assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
        }
    }

    @Test
    void anOptionInTheUrlAndOtherDatabasesAreLeftAlone() {
        try (HikariDataSource pool = pool("jdbc:postgresql://localhost:5432/takt?reWriteBatchedInserts=false")) {
            assertThat(pool.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
        }
        try (HikariDataSource pool = pool("jdbc:h2:mem:x")) {
            assertThat(pool.getDataSourceProperties()).isEmpty();
        }
    }
}

package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/**
 * The pool is sized from the run's threads (issue 14): with the default ten connections a run of
 * sixteen threads deadlocked, each worker holding its chunk's connection and waiting for a second for
 * its id block. (A whole run of sixteen threads is measured by the benchmark, {@code -Dbench.threads=16};
 * a context of its own here would clean the database under the shared one.)
 */
class ManyThreadsTest {

    @Test
    void aPoolTooSmallForTheThreadsIsRaisedToTwoConnectionsAThreadAndTheReserve() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setMaximumPoolSize(10);
            new PoolSizing(16).postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(2 * 16 + PoolSizing.RESERVE);
        }
    }

    @Test
    void aPoolLargeEnoughIsLeftAsItIs() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setMaximumPoolSize(50);
            new PoolSizing(16).postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(50);
            pool.setMaximumPoolSize(8);
            new PoolSizing(2).postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(8);
        }
    }
}

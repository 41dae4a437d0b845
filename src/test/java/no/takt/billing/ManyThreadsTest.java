package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/**
 * The pool is sized from the run's threads (issue 14): one connection a worker (nothing inside a
 * chunk takes a second: {@code IdBlocksTest}; a whole run of sixteen threads on a smaller pool:
 * {@code ExactlyOnceTest}) and the reserve.
 */
class ManyThreadsTest {

    @Test
    void aPoolTooSmallForTheThreadsIsRaisedToOneConnectionAThreadAndTheReserve() {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setMaximumPoolSize(10);
            new PoolSizing(16).postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getMaximumPoolSize()).isEqualTo(16 + PoolSizing.RESERVE);
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

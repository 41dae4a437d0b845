package no.takt.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class IdBlocksTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void instancesTakingIdsAtOnceNeverShareOne() throws Exception {
        // Two instances, each with its own blocks, and two threads on each.
        List<IdBlocks> instances = List.of(new IdBlocks(jdbc), new IdBlocks(jdbc));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> takers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            IdBlocks blocks = instances.get(t % 2);
            int size = 1 + t * 450;
            Callable<List<Long>> taker = () -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    long[] taken = blocks.take("allocation-id", size);
                    assertThat(taken).hasSize(size).isSorted();
                    for (long id : taken) {
                        ids.add(id);
                    }
                }
                return ids;
            };
            takers.add(pool.submit(taker));
        }
        Set<Long> seen = new HashSet<>();
        for (Future<List<Long>> taker : takers) {
            for (long id : taker.get()) {
                assertThat(seen.add(id)).as("id %d handed out twice", id).isTrue();
            }
        }
        pool.shutdown();
        assertThat(seen).hasSize(20 * (1 + 451 + 901 + 1351));
        long base = jdbc.sql("select next_value from number_series where name = 'allocation-id'")
                .query(Long.class).single();
        assertThat(seen).allMatch(id -> id >= base);
    }

    /** Issue 14: the id reservation opened a second connection, and a run's threads deadlocked on the pool. */
    @Test
    void idsAreTakenOnTheCallersConnectionInsideItsTransaction() {
        HikariDataSource configured = (HikariDataSource) dataSource;
        try (HikariDataSource one = new HikariDataSource()) {
            one.setJdbcUrl(configured.getJdbcUrl());
            one.setUsername(configured.getUsername());
            one.setPassword(configured.getPassword());
            one.setMaximumPoolSize(1);
            one.setConnectionTimeout(250);
            IdBlocks blocks = new IdBlocks(JdbcClient.create(one));
            long[] ids = new TransactionTemplate(new DataSourceTransactionManager(one))
                    .execute(status -> blocks.take("document-id", 2500));
            assertThat(ids).hasSize(2500).doesNotHaveDuplicates().isSorted();
        }
    }
}

package no.takt.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

class IdBlocksTest extends IntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void instancesTakingIdsAtOnceNeverShareOne() throws Exception {
        String sequence = "test-ids-" + unique();
        jdbc.sql("insert into number_series (name, next_value) values (?, 1)").param(sequence).update();
        // Two instances, each with its own reserved blocks, and two threads on each.
        List<IdBlocks> instances = List.of(new IdBlocks(jdbc, transactions), new IdBlocks(jdbc, transactions));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> takers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            IdBlocks blocks = instances.get(t % 2);
            int size = 1 + t * 150;
            Callable<List<Long>> taker = () -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    long first = blocks.take(sequence, size);
                    for (long id = first; id < first + size; id++) {
                        ids.add(id);
                    }
                }
                return ids;
            };
            takers.add(pool.submit(taker));
        }
        Set<Long> seen = new HashSet<>();
        int taken = 0;
        for (Future<List<Long>> taker : takers) {
            for (long id : taker.get()) {
                assertThat(seen.add(id)).as("id %d handed out twice", id).isTrue();
                taken++;
            }
        }
        pool.shutdown();
        assertThat(taken).isEqualTo(20 * (1 + 151 + 301 + 451));
        long next = jdbc.sql("select next_value from number_series where name = ?").param(sequence)
                .query(Long.class).single();
        assertThat(seen).allMatch(id -> id >= 1 && id < next);
    }
}

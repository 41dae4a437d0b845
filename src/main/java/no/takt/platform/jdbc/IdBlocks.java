package no.takt.platform.jdbc;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blocks of row ids, so a batch can insert rows whose ids it already knows (their child rows refer
 * to them) without asking the database row by row. Each instance reserves ids a thousand at a time
 * in a transaction of its own and hands them out from memory. Ids may have gaps (an instance that
 * stops leaves the rest of its block unused) and need not follow creation order across instances;
 * unlike invoice numbers, nobody cares.
 */
@Component
public class IdBlocks {

    private static final int RESERVE = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    /** Per sequence: the next free id and the end (exclusive) of this instance's reserved block. */
    private final Map<String, long[]> reserved = new HashMap<>();

    public IdBlocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** {@code count} consecutive ids of the sequence; answers the first. */
    public synchronized long take(String sequence, int count) {
        long[] block = reserved.get(sequence);
        if (block == null || block[1] - block[0] < count) {
            int size = Math.max(count, RESERVE);
            long first = ownTransaction.execute(status -> {
                long next = jdbc.sql("select next_value from number_series where name = ? for update")
                        .param(sequence).query(Long.class).single();
                jdbc.sql("update number_series set next_value = ? where name = ?").params(next + size, sequence)
                        .update();
                return next;
            });
            block = new long[] {first, first + size};
            reserved.put(sequence, block);
        }
        long first = block[0];
        block[0] += count;
        return first;
    }
}

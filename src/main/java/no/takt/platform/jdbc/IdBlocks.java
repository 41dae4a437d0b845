package no.takt.platform.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocks of row ids taken in a transaction of their own, so a batch can insert rows whose ids it
 * already knows (their child rows refer to them) without asking the database row by row. Ids may
 * have gaps; unlike invoice numbers, nobody cares.
 */
@Component
public class IdBlocks {

    private final JdbcClient jdbc;

    public IdBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code count} ids for the sequence; answers the first. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long take(String sequence, int count) {
        long first = jdbc.sql("select next_value from number_series where name = ? for update").param(sequence)
                .query(Long.class).single();
        jdbc.sql("update number_series set next_value = ? where name = ?").params(first + count, sequence).update();
        return first;
    }
}

package no.takt.platform.jdbc;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Blocks of row ids, so a batch can insert rows whose ids it already knows (their child rows refer
 * to them) without asking the database row by row. Each instance takes ids a thousand at a time
 * from a database sequence, on the caller's connection and in no transaction of its own — a chunk
 * of a billing run never needs a second connection — and hands them out from memory. Ids may have
 * gaps (an instance that stops leaves the rest of its block unused) and need not follow creation
 * order across instances; unlike invoice numbers, nobody cares.
 *
 * <p>The id of offset {@code n} of a sequence {@code x_id_block} is the {@code x-id} row's
 * {@code next_value} of {@code number_series} (frozen since the sequences came) plus {@code n}.
 */
@Component
public class IdBlocks {

    /** The sequences' increment (migration V22). */
    static final int BLOCK = 1000;

    private final JdbcClient jdbc;
    /** Per name: the next free id and the end (exclusive) of this instance's current block. */
    private final Map<String, long[]> reserved = new HashMap<>();
    private final Map<String, Long> bases = new HashMap<>();

    public IdBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code count} new ids of the kind ({@code document-id}, …), in ascending order, not always consecutive. */
    public synchronized long[] take(String name, int count) {
        long[] ids = new long[count];
        long[] block = reserved.computeIfAbsent(name, n -> new long[2]);
        for (int i = 0; i < count; i++) {
            if (block[0] == block[1]) {
                block[0] = base(name) + jdbc.sql("select nextval('" + sequence(name) + "')").query(Long.class).single();
                block[1] = block[0] + BLOCK;
            }
            ids[i] = block[0]++;
        }
        return ids;
    }

    private long base(String name) {
        return bases.computeIfAbsent(name, n -> jdbc.sql("select next_value from number_series where name = ?")
                .param(n).query(Long.class).single());
    }

    private static String sequence(String name) {
        if (!name.matches("[a-z]+-id")) {
            throw new IllegalArgumentException("Not an id kind: " + name);
        }
        return name.replace("-id", "_id_block");
    }
}

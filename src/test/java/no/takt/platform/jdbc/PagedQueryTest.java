package no.takt.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagedQueryTest extends IntegrationTest {

    @BeforeEach
    void rows() {
        jdbc.sql("create table paged_query_rows (k bigint primary key, kind varchar(10) not null)").update();
        // keys out of insertion order, with gaps; every third row of another kind
        for (long k : new long[] {40, 7, 13, 2, 99, 51, 8, 64, 3, 21, 77, 15, 30}) {
            jdbc.sql("insert into paged_query_rows (k, kind) values (?, ?)").params(k, k % 3 == 0 ? "B" : "A").update();
        }
    }

    @AfterEach
    void drop() {
        jdbc.sql("drop table paged_query_rows").update();
    }

    /** A long list worked in chunks: every selected row once, in key order, each chunk after the last key read. */
    @Test
    void chunksReadEverySelectedRowOnceInKeyOrder() {
        List<List<Long>> chunks = new ArrayList<>();
        PagedQuery.select("k", "paged_query_rows").where("kind = :kind", "kind", "A")
                .chunks(jdbc, "k", 3, (rs, row) -> rs.getLong(1), k -> k, chunks::add);
        assertThat(chunks).containsExactly(List.of(2L, 7L, 8L), List.of(13L, 40L, 64L), List.of(77L));
        List<List<Long>> exact = new ArrayList<>();
        PagedQuery.select("k", "paged_query_rows").where("kind = :kind", "kind", "B")
                .chunks(jdbc, "k", 2, (rs, row) -> rs.getLong(1), k -> k, exact::add);
        // 3, 15, 21, 30, 51, 99: three full chunks, and one more read that finds nothing
        assertThat(exact).containsExactly(List.of(3L, 15L), List.of(21L, 30L), List.of(51L, 99L));
    }
}

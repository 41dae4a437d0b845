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

    /**
     * A list longer than the count looks ahead: its first page says "at least 10 000", a page near
     * the end knows the whole count, and reading it page by page still reads every row once.
     */
    @Test
    void aLongListIsCountedOnlySoFarAheadAndStillReadToTheEnd() {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (long k = 1_000; k < 1_000 + PagedQuery.COUNT_AHEAD + 250; k++) {
            rows.add(new Object[] {k, "C"});
        }
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate(
                "insert into paged_query_rows (k, kind) values (?, ?)", rows);
        SortSpec sorts = new SortSpec(java.util.Map.of("k", "k"), "k");
        PagedQuery query = PagedQuery.select("k", "paged_query_rows").where("kind = :kind", "kind", "C");
        no.takt.platform.web.Page<Long> first = query.page(jdbc, new no.takt.platform.web.PageQuery(0, 100, "k", null),
                sorts, "k", (rs, row) -> rs.getLong(1));
        assertThat(first.totalItems()).isEqualTo(PagedQuery.COUNT_AHEAD);
        assertThat(first.totalExact()).isFalse();
        assertThat(first.items()).hasSize(100).startsWith(1_000L);
        no.takt.platform.web.Page<Long> late = query.page(jdbc, new no.takt.platform.web.PageQuery(99, 100, "k", null),
                sorts, "k", (rs, row) -> rs.getLong(1));
        assertThat(late.totalItems()).isEqualTo(PagedQuery.COUNT_AHEAD + 250);
        assertThat(late.totalExact()).isTrue();
        List<Long> all = new ArrayList<>();
        no.takt.platform.web.Page.each(p -> query.page(jdbc, new no.takt.platform.web.PageQuery(p, 500, "k", null),
                sorts, "k", (rs, row) -> rs.getLong(1)), all::add);
        assertThat(all).hasSize((int) PagedQuery.COUNT_AHEAD + 250).doesNotHaveDuplicates();
    }

    /**
     * A count that reached its limit is remembered a while ("over 10 000" stays true while rows are
     * added, and counting them was half of a page's database work under load); a count under the
     * limit is exact every time.
     */
    @Test
    void aCountOverTheLimitIsRememberedAndACountUnderItIsMadeEachTime() {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (long k = 100_000; k < 100_000 + PagedQuery.COUNT_AHEAD + 5; k++) {
            rows.add(new Object[] {k, "D"});
        }
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate(
                "insert into paged_query_rows (k, kind) values (?, ?)", rows);
        SortSpec sorts = new SortSpec(java.util.Map.of("k", "k"), "k");
        no.takt.platform.web.PageQuery first = new no.takt.platform.web.PageQuery(0, 20, "k", null);
        PagedQuery many = PagedQuery.select("k", "paged_query_rows").where("kind = :kind", "kind", "D");
        assertThat(many.page(jdbc, first, sorts, "k", (rs, row) -> rs.getLong(1)).totalExact()).isFalse();
        jdbc.sql("delete from paged_query_rows where kind = 'D' and k >= 100200").update();
        no.takt.platform.web.Page<Long> remembered = PagedQuery.select("k", "paged_query_rows")
                .where("kind = :kind", "kind", "D").page(jdbc, first, sorts, "k", (rs, row) -> rs.getLong(1));
        assertThat(remembered.totalItems()).isEqualTo(PagedQuery.COUNT_AHEAD);
        assertThat(remembered.totalExact()).isFalse();
        assertThat(remembered.items()).hasSize(20).startsWith(100_000L);

        PagedQuery few = PagedQuery.select("k", "paged_query_rows").where("kind = :kind", "kind", "A");
        assertThat(few.page(jdbc, first, sorts, "k", (rs, row) -> rs.getLong(1)).totalItems()).isEqualTo(7);
        jdbc.sql("delete from paged_query_rows where k = 40").update();
        no.takt.platform.web.Page<Long> exact = PagedQuery.select("k", "paged_query_rows")
                .where("kind = :kind", "kind", "A").page(jdbc, first, sorts, "k", (rs, row) -> rs.getLong(1));
        assertThat(exact.totalItems()).isEqualTo(6);
        assertThat(exact.totalExact()).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;
}

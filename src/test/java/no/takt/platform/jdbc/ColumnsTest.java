package no.takt.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows written through a column map come back as they went in — on PostgreSQL by COPY (from twenty
 * rows), on H2 in batches: texts with tabs, line breaks and backslashes, nulls, amounts, dates,
 * moments with their offset, yes/no — and a unique key broken is a DuplicateKeyException.
 */
class ColumnsTest extends IntegrationTest {

    record Row(long id, String text, BigDecimal amount, LocalDate date, OffsetDateTime at, Boolean flag) {
    }

    private static final Columns<Row> ROWS = Columns.<Row>of("columns_test")
            .add("id", Types.BIGINT, Row::id)
            .add("note_text", Types.VARCHAR, Row::text)
            .add("amount", Types.NUMERIC, Row::amount)
            .add("on_day", Types.DATE, Row::date)
            .add("happened_at", Types.TIMESTAMP_WITH_TIMEZONE, Row::at)
            .add("flag", Types.BOOLEAN, Row::flag);

    @Autowired
    JdbcTemplate batch;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void rowsComeBackAsTheyWentInAndADuplicateIsADuplicateKey() {
        batch.execute("drop table if exists columns_test");
        batch.execute("create table columns_test (id bigint primary key, note_text varchar(200), amount numeric(19, 4),"
                + " on_day date, happened_at timestamp with time zone, flag boolean)");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(new Row(i, i % 7 == 0 ? null : "Linje\t" + i + "\nmed \\N og \\ og «æøå» \r slutt",
                    i % 5 == 0 ? null : new BigDecimal("1234.5678").negate().add(BigDecimal.valueOf(i)),
                    LocalDate.of(2026, 1, 1).plusDays(i),
                    OffsetDateTime.of(2026, 12, 1, 8, 30, 15, 123_456_789, ZoneOffset.ofHours(1)).plusMinutes(i),
                    i % 3 == 0 ? null : i % 2 == 0));
        }
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> ROWS.insert(batch, rows));
        List<Row> back = batch.query("select * from columns_test order by id", (rs, n) -> new Row(rs.getLong("id"),
                rs.getString("note_text"), rs.getBigDecimal("amount"), rs.getObject("on_day", LocalDate.class),
                rs.getObject("happened_at", OffsetDateTime.class), (Boolean) rs.getObject("flag")));
        assertThat(back).hasSize(50);
        for (int i = 0; i < 50; i++) {
            Row in = rows.get(i);
            Row out = back.get(i);
            assertThat(out.text()).isEqualTo(in.text());
            assertThat(out.amount() == null ? null : out.amount().stripTrailingZeros())
                    .isEqualTo(in.amount() == null ? null : in.amount().stripTrailingZeros());
            assertThat(out.date()).isEqualTo(in.date());
            assertThat(out.at().toInstant().toEpochMilli()).isEqualTo(in.at().toInstant().toEpochMilli());
            assertThat(out.flag()).isEqualTo(in.flag());
        }
        List<Row> again = new ArrayList<>(rows.subList(10, 40));
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> ROWS.insert(batch, again)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(batch.queryForObject("select count(*) from columns_test", Long.class)).isEqualTo(50);
        batch.execute("drop table columns_test");
    }
}

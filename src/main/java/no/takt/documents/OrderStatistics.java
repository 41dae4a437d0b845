package no.takt.documents;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.takt.platform.jdbc.InList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many orders and invoices a billing run has produced for each subscription, and the first and
 * last of them (seed 003's "Ordrer", "Første", "Siste"): the subscriptions add them up on their own
 * rows once the run has ended, so that their list sorts by them.
 */
@Component
public class OrderStatistics {

    /** One end of a subscription's orders: the document's id (they rise with time), date and number ("F14", "S3"). */
    public record End(long documentId, LocalDate date, String number) {
    }

    public record Stats(long count, End first, End last) {
    }

    private final JdbcClient jdbc;

    OrderStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The orders and invoices the run made, per subscription (credit notes do not count). */
    public Map<Long, Stats> ofRun(long runId) {
        record Row(long subscription, long count, long firstId, long lastId) {
        }
        List<Row> rows = jdbc.sql("""
                select subscription_id, count(*), min(id), max(id) from document
                where run_id = ? and subscription_id is not null and type <> 'CREDIT_NOTE'
                group by subscription_id""")
                .param(runId)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
        Map<Long, Stats> stats = new HashMap<>();
        if (rows.isEmpty()) {
            return stats;
        }
        Map<Long, End> ends = new HashMap<>();
        InList.inSlices(rows.stream().flatMap(r -> Stream.of(r.firstId(), r.lastId())).distinct().toList(), slice ->
                jdbc.sql("select id, document_date, type, number from document where id in (:ids)")
                        .param("ids", slice)
                        .query(rs -> {
                            ends.put(rs.getLong(1), new End(rs.getLong(1), rs.getObject(2, LocalDate.class),
                                    ("INVOICE".equals(rs.getString(3)) ? "F" : "S") + rs.getLong(4)));
                        }));
        for (Row r : rows) {
            stats.put(r.subscription(), new Stats(r.count(), ends.get(r.firstId()), ends.get(r.lastId())));
        }
        return stats;
    }
}

package no.takt.documents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many orders and invoices the billing run has produced for subscriptions, and their first and
 * last (seed 003's "Ordrer", "Første", "Siste"), for the subscription list.
 */
@Component
public class OrderStatistics {

    public record Stats(long count, LocalDate firstDate, String firstNumber, LocalDate lastDate, String lastNumber) {
    }

    private final JdbcClient jdbc;

    OrderStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Stats> of(Collection<Long> subscriptionIds) {
        Map<Long, Stats> stats = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return stats;
        }
        record Row(long subscription, long count, long firstId, long lastId) {
        }
        List<Row> rows = jdbc.sql("""
                select subscription_id, count(*), min(id), max(id) from document
                where subscription_id in (:ids) and type <> 'CREDIT_NOTE' group by subscription_id""")
                .param("ids", List.copyOf(subscriptionIds))
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
        if (rows.isEmpty()) {
            return stats;
        }
        record Ends(LocalDate date, String number) {
        }
        Map<Long, Ends> ends = new HashMap<>();
        jdbc.sql("select id, document_date, type, number from document where id in (:ids)")
                .param("ids", rows.stream().flatMap(r -> java.util.stream.Stream.of(r.firstId(), r.lastId())).toList())
                .query(rs -> {
                    ends.put(rs.getLong(1), new Ends(rs.getObject(2, LocalDate.class),
                            ("INVOICE".equals(rs.getString(3)) ? "F" : "S") + rs.getLong(4)));
                });
        for (Row r : rows) {
            Ends first = ends.get(r.firstId());
            Ends last = ends.get(r.lastId());
            stats.put(r.subscription(), new Stats(r.count(), first.date(), first.number(), last.date(), last.number()));
        }
        return stats;
    }
}

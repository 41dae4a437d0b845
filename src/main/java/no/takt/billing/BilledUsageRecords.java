package no.takt.billing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.takt.platform.jdbc.Rows;
import no.takt.usage.BilledUsage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usage the runs have billed ({@code billing_usage}), as the recording of usage events asks: which
 * periods of a batch's customers and meters are billed, and marking those that late events reached.
 */
@Component
class BilledUsageRecords implements BilledUsage {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BilledUsageRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public List<Period> billed(Collection<Long> customerIds, Collection<Long> meterIds, LocalDate since) {
        // one array parameter each: a batch names up to a thousand customers
        return jdbc.sql("""
                select distinct customer_id, meter_id, usage_start, usage_end, accept_until from billing_usage
                where customer_id = any(?) and meter_id = any(?) and usage_end >= ?""")
                .params(customerIds.toArray(Long[]::new), meterIds.toArray(Long[]::new), since)
                .query((rs, row) -> new Period(rs.getLong(1), rs.getLong(2), Rows.date(rs, "usage_start"),
                        Rows.date(rs, "usage_end"), Rows.date(rs, "accept_until"))).list();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void late(Collection<Period> periods) {
        batch.batchUpdate("update billing_usage set late_count = late_count + 1 where customer_id = ?"
                + " and meter_id = ? and usage_start = ?", periods.stream().map(p -> new Object[] {p.customerId(),
                p.meterId(), p.from()}).toList());
    }
}

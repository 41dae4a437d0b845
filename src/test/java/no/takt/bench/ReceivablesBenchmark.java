package no.takt.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.takt.payments.PaymentFile;
import no.takt.payments.PaymentFiles;
import no.takt.payments.core.OcrFiles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receivables part of the benchmark (issue 11): an OCR giro file paying every invoice of the run
 * by KID — read, checked, matched against the open invoices and applied — and, as its ceiling, the
 * plain batched insert of the very payment and allocation rows the import wrote.
 */
final class ReceivablesBenchmark {

    record Result(int transactions, double seconds, long liveHeapMb, double rawRowsPerSecond, int matched) {
        double perSecond() {
            return transactions / seconds;
        }
    }

    record ReminderResult(int reminders, double seconds, long liveHeapMb) {
        double perSecond() {
            return reminders / seconds;
        }
    }

    private ReceivablesBenchmark() {
    }

    /**
     * A reminder run over every invoice of the billing run, 14 days after their due date, with rates
     * for 2026 made up for the benchmark (the published ones are seeded up to 2025).
     */
    static ReminderResult remind(ConfigurableApplicationContext app, JdbcTemplate jdbc, long runId) {
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("insert into rate (kind, valid_from, rate_value, source, created_at, created_by) values"
                + " ('NO_INKASSOSATS', date '2026-01-01', 700, 'benchmark', ?, 'bench'),"
                + " ('NO_LATE_INTEREST', date '2026-01-01', 12.5, 'benchmark', ?, 'bench')", now, now);
        LocalDate due = jdbc.queryForObject("select max(due_date) from document where run_id = ?", LocalDate.class,
                runId);
        System.gc();
        BillingBenchmark.LiveHeap live = BillingBenchmark.LiveHeap.watch();
        long t0 = System.nanoTime();
        no.takt.payments.Reminders.Run run = app.getBean(no.takt.payments.Reminders.class).run(due.plusDays(14),
                false, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ReminderResult(run.remindersCreated(), seconds, live.stop());
    }

    static Result importPayments(ConfigurableApplicationContext app, JdbcTemplate jdbc, long runId) {
        OcrFiles file = new OcrFiles().transmission(runId);
        List<Map<String, Object>> open = jdbc.queryForList(
                "select kid, total_incl_vat from document where run_id = ? and kid is not null order by id", runId);
        LocalDate paid = LocalDate.of(2026, 1, 20);
        for (Map<String, Object> invoice : open) {
            file.add(new OcrFiles.Tx("10", (BigDecimal) invoice.get("total_incl_vat"), (String) invoice.get("kid"),
                    null, paid));
        }
        byte[] content = file.write().getBytes(StandardCharsets.ISO_8859_1);
        System.gc();
        BillingBenchmark.LiveHeap live = BillingBenchmark.LiveHeap.watch();
        long t0 = System.nanoTime();
        PaymentFile imported = app.getBean(PaymentFiles.class).importFile(content, "bench.txt");
        double seconds = (System.nanoTime() - t0) / 1e9;
        long heap = live.stop();
        return new Result(imported.transactions(), seconds, heap, rawInsert(app, jdbc, imported.id()),
                imported.matched());
    }

    /** The ceiling: the import's payment and allocation rows read back, deleted and inserted again in batches. */
    private static double rawInsert(ConfigurableApplicationContext app, JdbcTemplate jdbc, long fileId) {
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        long first = jdbc.queryForObject("select min(id) from payment where file_id = ?", Long.class, fileId);
        long last = jdbc.queryForObject("select max(id) from payment where file_id = ?", Long.class, fileId);
        BillingBenchmark.Rows payments = BillingBenchmark.Rows.read(jdbc, "payment", "id", first, last);
        BillingBenchmark.Rows allocations = BillingBenchmark.Rows.read(jdbc, "payment_allocation", "payment_id", first,
                last);
        tx.executeWithoutResult(status -> {
            jdbc.update("delete from payment_allocation where payment_id between ? and ?", first, last);
            jdbc.update("delete from payment where id between ? and ?", first, last);
        });
        long t0 = System.nanoTime();
        tx.executeWithoutResult(status -> {
            payments.insert(jdbc);
            allocations.insert(jdbc);
        });
        return payments.values().size() / ((System.nanoTime() - t0) / 1e9);
    }
}

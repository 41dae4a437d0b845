package no.takt.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.sql.ResultSetMetaData;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.takt.TaktApplication;
import no.takt.billing.BillingRun;
import no.takt.billing.BillingRunService;
import no.takt.subscriptions.LineInput;
import no.takt.subscriptions.SubscriptionInput;
import no.takt.subscriptions.SubscriptionLineService;
import no.takt.subscriptions.SubscriptionService;
import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The billing run benchmark (README "Benchmark"): generates subscriptions × subscribers with 3 lines
 * each, runs billing for one date, and prints invoices per second and the live heap — and, in the
 * same process, the throughput of a plain batched insert of the rows the run wrote, the ceiling
 * the run is compared with.
 *
 * <pre>./mvnw -Pbench test-compile exec:java -Dbench.subscriptions=1000 -Dbench.subscribers=100</pre>
 */
public final class BillingBenchmark {

    private static final LocalDate RUN_DATE = LocalDate.parse("2026-01-01");

    private record Database(String name, String url, String user, String password) {
    }

    private record Result(String database, int subscribers, int invoices, double seconds, long peakHeapMb,
                          double rawDocumentsPerSecond, ReceivablesBenchmark.Result payments,
                          ReceivablesBenchmark.ReminderResult reminders) {
        double invoicesPerSecond() {
            return invoices / seconds;
        }
    }

    public static void main(String[] args) {
        int subscriptions = Integer.getInteger("bench.subscriptions", 1000);
        int perSubscription = Integer.getInteger("bench.subscribers", 100);
        List<Result> results = new ArrayList<>();
        for (String name : System.getProperty("bench.databases", "postgres,h2").split(",")) {
            Database db = name.trim().equals("h2")
                    ? new Database("H2", "jdbc:h2:file:./target/bench/takt;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=30000", "sa", "")
                    : new Database("PostgreSQL", System.getProperty("bench.pg.url",
                            "jdbc:postgresql://localhost:5432/takt_test?reWriteBatchedInserts=true"),
                            System.getProperty("bench.pg.user", "takt"), System.getProperty("bench.pg.password",
                            "takt"));
            results.add(run(db, subscriptions, perSubscription));
        }
        System.out.printf("%nmax heap %d MB; live heap = the most in use after a garbage collection during the run%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("ceiling: PostgreSQL's COPY of the rows the run wrote (documents, lines, VAT, deliveries);"
                + " H2: plain JDBC batches of its documents, lines and VAT%n");
        System.out.printf("%-11s %11s %9s %9s %13s %10s %16s %6s%n", "database", "subscribers", "invoices", "seconds",
                "invoices/s", "live heap", "ceiling docs/s", "ratio");
        for (Result r : results) {
            System.out.printf("%-11s %11d %9d %9.2f %13.0f %7d MB %16.0f %6.2f%n", r.database(), r.subscribers(),
                    r.invoices(), r.seconds(), r.invoicesPerSecond(), r.peakHeapMb(), r.rawDocumentsPerSecond(),
                    r.invoicesPerSecond() / r.rawDocumentsPerSecond());
        }
        System.out.printf("%nReminder run: every invoice of the run, 14 days after its due date%n");
        System.out.printf("%-11s %10s %9s %12s %10s%n", "database", "reminders", "seconds", "reminders/s", "live heap");
        for (Result r : results) {
            ReceivablesBenchmark.ReminderResult m = r.reminders();
            if (m != null) {
                System.out.printf("%-11s %10d %9.2f %12.0f %7d MB%n", r.database(), m.reminders(), m.seconds(),
                        m.perSecond(), m.liveHeapMb());
            }
        }
        System.out.printf("%nOCR giro import: read, checked, matched by KID and applied; ceiling = plain batched insert"
                + " of the payment and allocation rows it wrote%n");
        System.out.printf("%-11s %12s %9s %9s %14s %10s %12s %6s%n", "database", "transactions", "matched", "seconds",
                "payments/s", "live heap", "raw rows/s", "ratio");
        for (Result r : results) {
            ReceivablesBenchmark.Result p = r.payments();
            if (p != null) {
                System.out.printf("%-11s %12d %9d %9.2f %14.0f %7d MB %12.0f %6.2f%n", r.database(), p.transactions(),
                        p.matched(), p.seconds(), p.perSecond(), p.liveHeapMb(), p.rawRowsPerSecond(),
                        p.perSecond() / p.rawRowsPerSecond());
            }
        }
        System.exit(0);
    }

    private static Result run(Database db, int subscriptions, int perSubscription) {
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).cleanDisabled(false).load().clean();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TaktApplication.class)
                .web(WebApplicationType.SERVLET)
                // command-line arguments, because builder properties are defaults that application.properties overrides
                .run("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(), "--db-scheduler.enabled=false",
                        "--server.port=0", "--takt.admin.password=benchmark", "--logging.file.name=",
                        "--logging.level.root=WARN", "--takt.billing.max-days-ahead=3650",
                        "--takt.billing.chunk-size=" + Integer.getInteger("bench.chunk", 500),
                        "--takt.billing.threads=" + Integer.getInteger("bench.threads", 0))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            generate(app, jdbc, subscriptions, perSubscription);
            System.out.printf("%s: generated %d subscribers in %.1f s%n", db.name(), subscriptions * perSubscription,
                    (System.nanoTime() - started) / 1e9);

            System.gc();
            LiveHeap live = LiveHeap.watch();
            long t0 = System.nanoTime();
            BillingRun run = app.getBean(BillingRunService.class).run(RUN_DATE, BillingRun.Trigger.MANUAL);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = live.stop();
            System.out.printf("%s: run %d produced %d documents in %.2f s%n", db.name(), run.id(),
                    run.documentsCreated(), seconds);

            double raw = db.name().equals("PostgreSQL") ? copyCeiling(jdbc, run.id()) : rawInsert(app, jdbc, run.id());
            ReceivablesBenchmark.ReminderResult reminders = Boolean.parseBoolean(System.getProperty("bench.reminders",
                    "true")) ? ReceivablesBenchmark.remind(app, jdbc, run.id()) : null;
            ReceivablesBenchmark.Result payments = Boolean.parseBoolean(System.getProperty("bench.payments", "true"))
                    ? ReceivablesBenchmark.importPayments(app, jdbc, run.id()) : null;
            forecast(app, db);
            pdfs(app, db, run.id());
            monthAfterMonth(app, db, seconds);
            revenue(app, jdbc, db);
            exports(app, jdbc, db);
            UsageBenchmark.ingest(app, jdbc, db.name());
            ApiLoadBenchmark.run(app, jdbc, db.name());
            return new Result(db.name(), subscriptions * perSubscription, run.documentsCreated(), seconds, peak, raw,
                    payments, reminders);
        }
    }

    /**
     * PDF rendering of 1,000 of the run's invoices as the print batch does it (all cores), beside the
     * same done one at a time on one thread (as before issue 14).
     */
    private static void pdfs(ConfigurableApplicationContext app, Database db, long runId) {
        if (!Boolean.parseBoolean(System.getProperty("bench.pdf", "true"))) {
            return;
        }
        List<no.takt.documents.Document> invoices = new ArrayList<>();
        app.getBean(no.takt.documents.DocumentService.class).eachOfRun(runId, page -> {
            if (invoices.size() < 1000) {
                invoices.addAll(page.subList(0, Math.min(page.size(), 1000 - invoices.size())));
            }
        });
        no.takt.delivery.PrintBatch batch = app.getBean(no.takt.delivery.PrintBatch.class);
        no.takt.documents.DocumentPrint print = app.getBean(no.takt.documents.DocumentPrint.class);
        batch.render(invoices.subList(0, 300));
        long t1 = System.nanoTime();
        invoices.subList(0, 200).forEach(d -> print.pdf(d, false));
        double single = (System.nanoTime() - t1) / 1e9;
        long t0 = System.nanoTime();
        long bytes = batch.render(invoices).stream().mapToLong(pdf -> pdf.length).sum();
        double parallel = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: PDF %d invoices in %.2f s on %d cores: %.0f invoices/s (%d KB each); one thread: %.0f"
                + " invoices/s%n", db.name(), invoices.size(), parallel, Runtime.getRuntime().availableProcessors(),
                invoices.size() / parallel, bytes / invoices.size() / 1024, 200 / single);
    }

    /** The forecast of the next month's run date (everyone falls due), and of 30 days from it. */
    private static void forecast(ConfigurableApplicationContext app, Database db) {
        if (!Boolean.parseBoolean(System.getProperty("bench.forecast", "true"))) {
            return;
        }
        no.takt.billing.Forecast forecast = app.getBean(no.takt.billing.Forecast.class);
        LocalDate next = RUN_DATE.plusMonths(1);
        for (int days : new int[] {0, 29}) {
            System.gc();
            LiveHeap live = LiveHeap.watch();
            long t0 = System.nanoTime();
            no.takt.billing.Forecast.Result result = forecast.between(next, next.plusDays(days), null,
                    no.takt.platform.web.PageQuery.firstPage(100));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%s: forecast %s–%s: %d documents, %s excl. VAT, in %.2f s, live heap %d MB%n",
                    db.name(), next, next.plusDays(days), result.totalItems(), result.totalExclVat(), seconds,
                    live.stop());
        }
    }

    /**
     * The revenue report (issue 13: 1,000,000 invoice lines over 24 months in at most 5 s on
     * PostgreSQL) over the months the runs billed, three times (the median printed), beside the
     * ceiling: the database's own scan and grouping of the same lines, which the report reads.
     */
    private static void revenue(ConfigurableApplicationContext app, JdbcTemplate jdbc, Database db) {
        if (!Boolean.parseBoolean(System.getProperty("bench.revenue", "true"))) {
            return;
        }
        java.time.YearMonth from = java.time.YearMonth.from(RUN_DATE);
        java.time.YearMonth to = from.plusMonths(Math.max(Integer.getInteger("bench.months", 1), 24) - 1);
        long lines = jdbc.queryForObject("select count(*) from document_line", Long.class);
        no.takt.revenue.RevenueReports reports = app.getBean(no.takt.revenue.RevenueReports.class);
        double[] times = new double[3];
        int items = 0;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            items = reports.report(from, to, "NOK").items().size();
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        long c0 = System.nanoTime();
        long groups = jdbc.queryForObject("select count(*) from (select d.type, d.document_date, d.period_start,"
                + " d.period_end, l.sales_account, case when d.type = 'CREDIT_NOTE' then -l.sum_excl_vat else"
                + " l.sum_excl_vat end as amount, count(*) as n from document_line l join document d"
                + " on d.id = l.document_id"
                + " where d.type in ('INVOICE', 'CREDIT_NOTE') and d.document_date <= ? and d.currency = 'NOK'"
                + " and l.free_text = false and l.sum_excl_vat <> 0 group by d.type, d.document_date,"
                + " d.period_start, d.period_end, l.sales_account, l.sum_excl_vat) g", Long.class, to.atEndOfMonth());
        double ceiling = (System.nanoTime() - c0) / 1e9;
        java.util.Arrays.sort(times);
        System.out.printf("%s: revenue report %s–%s over %d lines (%d groups): %d items, median %.2f s (%.2f/%.2f/%.2f);"
                + " ceiling (the grouping query alone) %.2f s, ratio %.2f%n", db.name(), from, to, lines, groups, items,
                times[1], times[0], times[1], times[2], ceiling, ceiling / times[1]);
    }

    /**
     * The invoice list as CSV and as Excel through the HTTP API (issue 13: a 1,000,000-row export in
     * bounded memory), each timed with the live heap, beside the ceiling: the database writing the
     * same rows as CSV itself (PostgreSQL's COPY … TO STDOUT; on H2 a plain read of them).
     */
    private static void exports(ConfigurableApplicationContext app, JdbcTemplate jdbc, Database db) {
        if (!Boolean.parseBoolean(System.getProperty("bench.exports", "true"))) {
            return;
        }
        long rows = jdbc.queryForObject("select count(*) from document where type = 'INVOICE'", Long.class);
        String port = app.getEnvironment().getProperty("local.server.port");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:benchmark".getBytes());
        for (String format : List.of("csv", "xlsx")) {
            System.gc();
            LiveHeap live = LiveHeap.watch();
            long t0 = System.nanoTime();
            long bytes;
            try (java.io.InputStream in = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://localhost:" + port + "/api/v1/documents?type=INVOICE&sort=number&format=" + format))
                    .header("Authorization", auth).build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream())
                    .body()) {
                bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%s: export of %d invoices as %s: %.2f s, %.0f rows/s, %d MB, live heap %d MB%n",
                    db.name(), rows, format, seconds, rows / seconds, bytes >> 20, live.stop());
        }
        String select = "select number, document_date, due_date, customer_number, customer_name, total_excl_vat,"
                + " total_vat, total_incl_vat, status from document where type = 'INVOICE' order by number";
        long t0 = System.nanoTime();
        if (db.name().equals("PostgreSQL")) {
            jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Long>) connection -> {
                try {
                    return connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyOut(
                            "copy (" + select + ") to stdout with (format csv, delimiter ';')",
                            java.io.OutputStream.nullOutputStream());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } else {
            jdbc.query(select, rs -> {
            });
        }
        double ceiling = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: ceiling (the database writing the same rows as CSV itself) %.2f s, %.0f rows/s%n",
                db.name(), ceiling, rows / ceiling);
    }

    /**
     * With {@code -Dbench.months=12}: the runs of the following months, one after the other, each
     * billing every subscriber again over a growing history; prints each run's time and the last
     * against the first (issue 14: the twelfth at most 1.2 times the first).
     */
    private static void monthAfterMonth(ConfigurableApplicationContext app, Database db, double firstSeconds) {
        int months = Integer.getInteger("bench.months", 1);
        double last = firstSeconds;
        for (int m = 1; m < months; m++) {
            long t0 = System.nanoTime();
            BillingRun run = app.getBean(BillingRunService.class).run(RUN_DATE.plusMonths(m), BillingRun.Trigger.MANUAL);
            last = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%s: run of %s, %d documents, %.2f s%n", db.name(), RUN_DATE.plusMonths(m),
                    run.documentsCreated(), last);
        }
        if (months > 1) {
            System.out.printf("%s: run %d took %.2f × the first%n", db.name(), months, last / firstSeconds);
        }
    }

    /** Subscriptions and lines through the services (as a user would make them); customers and subscribers in batches. */
    private static void generate(ConfigurableApplicationContext app, JdbcTemplate jdbc, int subscriptions,
            int perSubscription) {
        Timestamp now = Timestamp.from(java.time.Instant.parse("2025-12-01T00:00:00Z"));
        jdbc.update("insert into frequency (name, unit, interval_count, day_of_month, start_date, active, version,"
                + " created_at, created_by, modified_at, modified_by) values ('Bench', 'MONTH', 1, 1, ?, true, 0, ?,"
                + " 'bench', ?, 'bench')", RUN_DATE, now, now);
        long frequency = jdbc.queryForObject("select id from frequency", Long.class);
        jdbc.update("insert into employee (name, active, version, created_at, created_by, modified_at, modified_by)"
                + " values ('Bench', true, 0, ?, 'bench', ?, 'bench')", now, now);
        long employee = jdbc.queryForObject("select id from employee", Long.class);
        List<Object[]> products = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            products.add(new Object[] {"BENCH-" + p, "Produkt " + p, new BigDecimal(100 * p), now, now});
        }
        jdbc.batchUpdate("insert into product (product_number, name, unit, unit_price, cost_price, vat_code,"
                + " stock_managed, stock_on_hand, active, version, created_at, created_by, modified_at, modified_by)"
                + " values (?, ?, 'stk', ?, 0, '3', false, 0, true, 0, ?, 'bench', ?, 'bench')", products);
        List<Long> productIds = jdbc.queryForList("select id from product order by id", Long.class);

        SubscriptionService subscriptionService = app.getBean(SubscriptionService.class);
        SubscriptionLineService lineService = app.getBean(SubscriptionLineService.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        List<Long> subscriptionIds = new ArrayList<>();
        for (int s = 0; s < subscriptions; s++) {
            int index = s;
            subscriptionIds.add(tx.execute(status -> {
                long id = subscriptionService.create(new SubscriptionInput(new SubscriptionInput.Basis(
                        "Bench " + index, false, frequency, employee, employee, null, null, null),
                        SubscriptionInput.Sales.NONE, SubscriptionInput.Terms.NONE, SubscriptionInput.Print.NONE,
                        SubscriptionInput.Billing.NONE, SubscriptionInput.Mail.NONE,
                        new SubscriptionInput.PaymentReference(true, "cccccccciiiiiiii", null, null), null)).id();
                for (long product : productIds) {
                    lineService.create(id, LineInput.of(product, BigDecimal.ONE));
                }
                return id;
            }));
        }
        jdbc.update("update subscription set active = true");

        int customers = subscriptions * perSubscription;
        List<Object[]> rows = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            rows.add(new Object[] {100_000 + c, "Kunde " + c, "Gate " + c, now, now});
            if (rows.size() == 5000 || c == customers - 1) {
                jdbc.batchUpdate("insert into customer (customer_number, name, active, country, language, currency,"
                        + " invoice_street, invoice_postcode, invoice_city, version, created_at, created_by,"
                        + " modified_at, modified_by) values (?, ?, true, 'NO', 'nb', 'NOK', ?, '0150', 'Oslo', 0, ?,"
                        + " 'bench', ?, 'bench')", rows);
                rows.clear();
            }
        }
        List<Long> customerIds = jdbc.queryForList("select id from customer order by id", Long.class);
        for (int s = 0; s < subscriptions; s++) {
            for (int i = 0; i < perSubscription; i++) {
                rows.add(new Object[] {subscriptionIds.get(s), customerIds.get(s * perSubscription + i), RUN_DATE,
                    now, now});
            }
            if (rows.size() >= 5000 || s == subscriptions - 1) {
                jdbc.batchUpdate("insert into subscriber (subscription_id, customer_id, start_date, quantity_factor,"
                        + " active, version, created_at, created_by, modified_at, modified_by)"
                        + " values (?, ?, ?, 1, true, 0, ?, 'bench', ?, 'bench')", rows);
                rows.clear();
            }
        }
    }

    /** Rows of one table as read back, with their column names and SQL types. */
    record Rows(String table, List<String> columns, int[] types, List<Object[]> values) {
        static Rows read(JdbcTemplate jdbc, String table, String idColumn, long first, long last) {
            List<String> columns = new ArrayList<>();
            List<Object[]> values = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            jdbc.query("select * from " + table + " where " + idColumn + " between ? and ?", rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                for (int c = columns.size() + 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnName(c));
                    types.add(meta.getColumnType(c));
                }
                Object[] row = new Object[columns.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                values.add(row);
            }, first, last);
            return new Rows(table, columns, types.stream().mapToInt(Integer::intValue).toArray(), values);
        }

        void insert(JdbcTemplate jdbc) {
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            for (int i = 0; i < values.size(); i += 1000) {
                jdbc.batchUpdate(sql, values.subList(i, Math.min(values.size(), i + 1000)), types);
            }
        }
    }

    /**
     * The ceiling: the very rows the run wrote — its documents with their lines and VAT rows — read
     * back, deleted, and inserted again in plain JDBC batches, ten thousand documents to a
     * transaction. Only the inserts are timed. Answers documents/s.
     */
    private static double rawInsert(ConfigurableApplicationContext app, JdbcTemplate jdbc, long runId) {
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        List<Long> ids = jdbc.queryForList("select id from document where run_id = ? order by id", Long.class, runId);
        long nanos = 0;
        for (int i = 0; i < ids.size(); i += 10_000) {
            long first = ids.get(i);
            long last = ids.get(Math.min(ids.size(), i + 10_000) - 1);
            List<Rows> tables = List.of(Rows.read(jdbc, "document", "id", first, last),
                    Rows.read(jdbc, "document_line", "document_id", first, last),
                    Rows.read(jdbc, "document_vat", "document_id", first, last));
            tx.executeWithoutResult(status -> {
                jdbc.update("delete from document_line where document_id between ? and ?", first, last);
                jdbc.update("delete from document_vat where document_id between ? and ?", first, last);
                jdbc.update("delete from document where id between ? and ?", first, last);
            });
            long t0 = System.nanoTime();
            tx.executeWithoutResult(status -> tables.forEach(rows -> rows.insert(jdbc)));
            nanos += System.nanoTime() - t0;
        }
        return ids.size() / (nanos / 1e9);
    }

    /**
     * The ceiling on PostgreSQL: the very rows the run wrote to its four tables — documents, lines,
     * VAT rows and deliveries — copied out to files, deleted, and COPYed in again in one transaction.
     * Only the COPY in is timed. Answers documents/s.
     */
    private static double copyCeiling(JdbcTemplate jdbc, long runId) {
        String documents = "select id from document where run_id = " + runId;
        Map<String, String> tables = new java.util.LinkedHashMap<>();
        tables.put("document", "run_id = " + runId);
        tables.put("document_line", "document_id in (" + documents + ")");
        tables.put("document_vat", "document_id in (" + documents + ")");
        tables.put("delivery", "document_id in (" + documents + ")");
        long count = jdbc.queryForObject("select count(*) from document where run_id = ?", Long.class, runId);
        return jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Double>) connection -> {
            try {
                var copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("takt-ceiling");
                for (Map.Entry<String, String> t : tables.entrySet()) {
                    try (var out = java.nio.file.Files.newOutputStream(dir.resolve(t.getKey()))) {
                        copy.copyOut("copy (select * from " + t.getKey() + " where " + t.getValue() + ") to stdout",
                                out);
                    }
                }
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                List<String> reversed = new ArrayList<>(tables.keySet());
                java.util.Collections.reverse(reversed);
                for (String table : reversed) {
                    try (var statement = connection.createStatement()) {
                        statement.executeUpdate("delete from " + table + " where " + tables.get(table));
                    }
                }
                connection.commit();
                long t0 = System.nanoTime();
                for (String table : tables.keySet()) {
                    try (var in = java.nio.file.Files.newInputStream(dir.resolve(table))) {
                        copy.copyIn("copy " + table + " from stdin", in);
                    }
                }
                connection.commit();
                double seconds = (System.nanoTime() - t0) / 1e9;
                connection.setAutoCommit(autoCommit);
                for (String table : tables.keySet()) {
                    java.nio.file.Files.delete(dir.resolve(table));
                }
                java.nio.file.Files.delete(dir);
                System.out.printf("PostgreSQL: COPY of the run's %d documents with their lines, VAT and deliveries:"
                        + " %.2f s%n", count, seconds);
                return count / seconds;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * The most heap in use after any garbage collection while it watches: what the run really keeps,
     * unlike the peak of "used", which counts garbage not yet collected.
     */
    static final class LiveHeap implements NotificationListener {
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toSet());
        private final AtomicLong peak = new AtomicLong();

        static LiveHeap watch() {
            LiveHeap live = new LiveHeap();
            ManagementFactory.getGarbageCollectorMXBeans()
                    .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(live, null, null));
            return live;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo();
                long used = info.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                peak.accumulateAndGet(used, Math::max);
            }
        }

        /** Stops watching; answers the peak in MB. */
        long stop() {
            System.gc();
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            });
            return peak.get() / (1024 * 1024);
        }
    }

    private BillingBenchmark() {
    }
}

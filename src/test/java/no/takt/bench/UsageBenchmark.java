package no.takt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Usage ingestion (issue 12: at least 50,000 events/s into PostgreSQL on one instance through the
 * batch API): {@code -Dbench.usage.events=} events (default 300,000) for the run's customers, sent
 * as requests of 1,000 by {@code -Dbench.usage.clients=} clients at once (default 4) to the running
 * Takt over HTTP with an API token, the request bodies made before the clock starts; then the same batches again (all
 * duplicates); and as the ceiling, PostgreSQL's COPY of the very rows they wrote.
 */
final class UsageBenchmark {

    private UsageBenchmark() {
    }

    static void ingest(ConfigurableApplicationContext app, JdbcTemplate jdbc, String database) {
        if (!Boolean.parseBoolean(System.getProperty("bench.usage", "true"))) {
            return;
        }
        int total = Integer.getInteger("bench.usage.events", 300_000);
        int clients = Integer.getInteger("bench.usage.clients", 4);
        List<Long> customers = jdbc.queryForList("select id from customer order by id limit 10000", Long.class);
        String port = app.getEnvironment().getProperty("local.server.port");
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:benchmark".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        // as an integration sends: with an API token (a password is a bcrypt check per request)
        String created = send(http, port, basic, "{\"name\":\"bench-usage\",\"role\":\"BILLING\"}",
                "/api/v1/api-tokens");
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(created);
        secret.find();
        String auth = "Bearer " + secret.group(1);
        send(http, port, auth, "{\"code\":\"kwh\",\"name\":\"Strøm\",\"unit\":\"kWh\",\"aggregation\":\"SUM\","
                + "\"property\":\"kwh\"}", "/api/v1/meters");
        List<byte[]> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < total; i++) {
            if (i % 1000 == 0) {
                body.setLength(0);
                body.append("{\"events\":[");
            } else {
                body.append(',');
            }
            body.append("{\"transactionId\":\"bench-").append(i).append("\",\"customerId\":")
                    .append(customers.get(i % customers.size())).append(",\"meterCode\":\"kwh\",\"timestamp\":\"")
                    .append("2026-01-").append(String.format("%02d", 1 + i % 28)).append("T12:")
                    .append(String.format("%02d", i % 60)).append(":00+01:00\",\"properties\":{\"kwh\":")
                    .append(i % 997).append('.').append(i % 10).append(",\"site\":\"A").append(i % 7).append("\"}}");
            if (i % 1000 == 999 || i == total - 1) {
                body.append("]}");
                bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        // warm-up: the same path with other ids, so the figures are of compiled code, as in a running instance
        List<byte[]> warmUp = bodies.subList(0, Math.min(20, bodies.size())).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8).replace("\"bench-", "\"warm-")
                        .getBytes(StandardCharsets.UTF_8)).toList();
        post(http, port, auth, warmUp, clients);
        jdbc.update("delete from usage_event where transaction_id like 'warm-%'");
        for (String pass : List.of("new", "again (duplicates)")) {
            System.gc();
            BillingBenchmark.LiveHeap live = BillingBenchmark.LiveHeap.watch();
            long t0 = System.nanoTime();
            long[] counts = post(http, port, auth, bodies, clients);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%s: usage events %s: %d sent by %d clients in %d requests, %d accepted, %d duplicates,"
                    + " %.2f s, %.0f events/s, live heap %d MB%n", database, pass, total, clients, bodies.size(),
                    counts[0], counts[1], seconds, total / seconds, live.stop());
        }
        if (!database.equals("PostgreSQL")) {
            return;
        }
        double ceiling = jdbc.execute((ConnectionCallback<Double>) connection -> {
            try {
                var copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
                java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
                String columns = "transaction_id, customer_id, meter_id, occurred_at, quantity, distinct_value,"
                        + " properties, received_at";
                copy.copyOut("copy (select " + columns + " from usage_event) to stdout", rows);
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.executeUpdate("delete from usage_event");
                }
                connection.commit();
                long t0 = System.nanoTime();
                copy.copyIn("copy usage_event (" + columns + ") from stdin",
                        new java.io.ByteArrayInputStream(rows.toByteArray()));
                connection.commit();
                connection.setAutoCommit(autoCommit);
                return (System.nanoTime() - t0) / 1e9;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        System.out.printf("%s: ceiling (COPY of the same %d rows into usage_event with its indexes) %.2f s,"
                + " %.0f events/s%n", database, total, ceiling, total / ceiling);
    }

    /** Posts every body, {@code clients} at a time; answers the accepted and duplicate counts. */
    private static long[] post(HttpClient http, String port, String auth, List<byte[]> bodies, int clients) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> sent = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            for (int c = 0; c < clients; c++) {
                sent.add(pool.submit(() -> {
                    long[] counts = new long[2];
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + port + "/api/v1/usage-events")).header("Authorization", auth)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                        }
                        counts[0] += count(answer.body(), "accepted");
                        counts[1] += count(answer.body(), "duplicates");
                    }
                    return counts;
                }));
            }
            long[] total = new long[2];
            for (Future<long[]> f : sent) {
                long[] c = f.get();
                total[0] += c[0];
                total[1] += c[1];
            }
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static long count(String json, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String send(HttpClient http, String port, String auth, String json, String path) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

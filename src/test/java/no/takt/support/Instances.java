package no.takt.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Takt instances in JVMs of their own (the test's class path, {@code no.takt.TaktApplication}) on a
 * PostgreSQL database of their own, {@code takt_instances} beside the test database (.ci/run makes
 * it), emptied when this is made; each instance is killed with SIGKILL when the test asks, or at the
 * end ({@link #close}).
 */
public final class Instances implements AutoCloseable {

    public static final String PASSWORD = "instances-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String URL = System.getenv().getOrDefault("TAKT_TEST_PG_URL",
            "jdbc:postgresql://localhost:5432/takt_test").replaceFirst("/[^/?]+(\\?|$)", "/takt_instances$1");
    private static final String USER = System.getenv().getOrDefault("TAKT_TEST_PG_USER", "takt");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("TAKT_TEST_PG_PASSWORD", "takt");

    private final List<Process> processes = new ArrayList<>();
    private final DriverManagerDataSource database = new DriverManagerDataSource(URL, USER, DB_PASSWORD);
    private final List<String> arguments;

    /** An empty database for instances started with these arguments (besides the database's). */
    public Instances(String... arguments) {
        this.arguments = List.of(arguments);
        Flyway.configure().dataSource(URL, USER, DB_PASSWORD).cleanDisabled(false).load().clean();
    }

    /** Whether the database is there (on PostgreSQL test runs, with .ci/run's database). */
    public static boolean available() {
        if (!TestProfiles.postgres()) {
            return false;
        }
        try (var connection = java.sql.DriverManager.getConnection(URL, USER, DB_PASSWORD)) {
            return connection.isValid(5);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(database);
    }

    /**
     * {@code count} customers (numbers from 100,000, an invoice address, e-mail
     * {@code kunde<number>@<domain>} when a domain is given) made subscribers of the subscription
     * from {@code start}, in batches, as many as a real customer base.
     */
    public void subscribers(long subscription, int count, String start, String emailDomain) {
        Timestamp now = Timestamp.from(Instant.now());
        long first = 100_000;
        JdbcTemplate batch = new JdbcTemplate(database);
        List<Object[]> customers = new ArrayList<>();
        for (long number = first; number < first + count; number++) {
            customers.add(new Object[] {number, "Kunde " + number,
                emailDomain == null ? null : "kunde" + number + "@" + emailDomain, now, now});
        }
        batch.batchUpdate("""
                insert into customer (customer_number, name, invoice_email, active, country, language, currency,
                  invoice_street, invoice_postcode, invoice_city, version, created_at, created_by, modified_at,
                  modified_by)
                values (?, ?, ?, true, 'NO', 'nb', 'NOK', 'Gate 1', '0150', 'Oslo', 0, ?, 'test', ?, 'test')""",
                customers);
        List<Object[]> subscribers = jdbc().sql("select id from customer where customer_number between ? and ?")
                .params(first, first + count - 1).query(Long.class).list().stream()
                .map(customer -> new Object[] {subscription, customer, java.sql.Date.valueOf(start), now, now})
                .toList();
        batch.batchUpdate("""
                insert into subscriber (subscription_id, customer_id, start_date, quantity_factor, active, version,
                  created_at, created_by, modified_at, modified_by)
                values (?, ?, ?, 1, true, 0, ?, 'test', ?, 'test')""", subscribers);
    }

    /**
     * A monthly subscription from 2026-01-01 with one line of 499, mailed from faktura@takt.test, made
     * through the instance's API, with {@code count} subscribers (see {@link #subscribers}), started;
     * answers its id.
     */
    public long monthlySubscription(Instance instance, int count, String emailDomain) {
        Api admin = instance.admin();
        long seller = admin.post("/api/v1/employees", java.util.Map.of("name", "Selger")).id();
        long frequency = admin.post("/api/v1/frequencies", java.util.Map.of("name", "Månedlig", "unit", "MONTH",
                "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long subscription = admin.post("/api/v1/subscriptions", java.util.Map.of("subject", "Lisens", "frequencyId",
                frequency, "ourReferenceId", seller, "sellerId", seller, "senderEmail", "faktura@takt.test")).id();
        admin.post("/api/v1/subscriptions/" + subscription + "/lines", java.util.Map.of("name", "Lisens",
                "quantity", 1, "unitPrice", 499, "vatCode", "3"));
        subscribers(subscription, count, "2026-01-01", emailDomain);
        int started = admin.post("/api/v1/subscriptions/" + subscription + "/start", "").status();
        if (started != 200) {
            throw new IllegalStateException("the subscription did not start: " + started);
        }
        return subscription;
    }

    /** Takt started in a JVM of its own with these arguments besides the common ones, once it answers. */
    public Instance start(String... more) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Path.of("target", "instance-" + port + ".log");
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-cp", System.getProperty("java.class.path"), "no.takt.TaktApplication",
                "--server.port=" + port, "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + DB_PASSWORD, "--takt.admin.password=" + PASSWORD,
                "--takt.demo=false", "--logging.file.name=", "--takt.delivery.outbox=target/outbox",
                "--takt.delivery.ehf-outgoing=target/ehf-outgoing"), Stream.concat(arguments.stream(),
                Stream.of(more))).toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(new File(".")).start();
        processes.add(process);
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < until && process.isAlive()) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return new Instance(process, port);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the instance did not start; see " + log);
    }

    public static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
    }

    /** One running instance. */
    public record Instance(Process process, int port) {

        public Api admin() {
            return Api.basic(port, "admin", PASSWORD);
        }

        /** A new ADMIN API token's secret. */
        public String token() {
            return admin().post("/api/v1/api-tokens", java.util.Map.of("name", "instances-" + System.nanoTime(),
                    "role", "ADMIN")).json().path("secret").asString();
        }

        /** Asks for a billing run of the date; answers when the run has answered. */
        public CompletableFuture<HttpResponse<String>> run(String token, String date) {
            return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/billing/runs"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"date\": \"" + date + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** SIGKILL, as a power cut or the OOM killer would. */
        public void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}

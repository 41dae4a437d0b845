package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.takt.support.Api;
import no.takt.support.TestProfiles;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: Takt instances in JVMs of their own on a PostgreSQL database of their own
 * ({@code takt_instances}, beside the test database; .ci/run makes it), killed with SIGKILL in the
 * middle of a run of 10,000 subscribers (three periods each) at seeded moments, started again and
 * asked again; then two instances asked for the next month at once. Every subscriber is billed each
 * period exactly once, the numbers have no gap, every document has its lines, VAT and delivery, and
 * no run is left RUNNING.
 */
@Tag("db")
class KilledInstancesTest {

    private static final int SUBSCRIBERS = 10_000;
    private static final String PASSWORD = "instances-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String URL = System.getenv().getOrDefault("TAKT_TEST_PG_URL",
            "jdbc:postgresql://localhost:5432/takt_test").replaceFirst("/[^/?]+(\\?|$)", "/takt_instances$1");
    private static final String USER = System.getenv().getOrDefault("TAKT_TEST_PG_USER", "takt");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("TAKT_TEST_PG_PASSWORD", "takt");

    private final List<Process> instances = new ArrayList<>();
    private JdbcClient jdbc;

    /** The subscription billed, once made. */
    private long subscription;

    @AfterEach
    void killTheRest() {
        instances.forEach(Process::destroyForcibly);
    }

    @Test
    void killedMidRunAndStartedAgainEverySubscriberIsBilledOnceWithoutGaps() throws Exception {
        Assumptions.assumeTrue(TestProfiles.postgres(), "instances share a database on PostgreSQL only");
        Assumptions.assumeTrue(reachable(), "no database takt_instances beside the test database (.ci/run makes it)");
        Flyway.configure().dataSource(URL, USER, DB_PASSWORD).cleanDisabled(false).load().clean();
        jdbc = JdbcClient.create(new DriverManagerDataSource(URL, USER, DB_PASSWORD));
        Instance instance = instance();
        Api admin = Api.basic(instance.port(), "admin", PASSWORD);
        seed(admin);
        String token = admin.post("/api/v1/api-tokens", Map.of("name", "instances", "role", "ADMIN")).json()
                .path("secret").asString();
        Random random = new Random(14);
        double[] killAt = {0.10 + random.nextDouble() * 0.15, 0.40 + random.nextDouble() * 0.15,
            0.70 + random.nextDouble() * 0.15};
        int expected = SUBSCRIBERS * 3;
        for (double fraction : killAt) {
            instance = instance == null ? instance() : instance;
            CompletableFuture<HttpResponse<String>> run = instance.run(token, "2026-03-01");
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (documents() < fraction * expected && !run.isDone() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(run.isDone()).as("killed at %.0f %% before the run ended", fraction * 100).isFalse();
            instance.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            instance = null;
        }
        Instance last = instance();
        HttpResponse<String> finished = last.run(token, "2026-03-01").get(5, TimeUnit.MINUTES);
        assertThat(finished.statusCode()).as(finished.body()).isEqualTo(201);
        assertBilledOnce(3);

        // two instances asked for the next month at once join one run
        Instance other = instance();
        CompletableFuture<HttpResponse<String>> a = last.run(token, "2026-04-01");
        CompletableFuture<HttpResponse<String>> b = other.run(token, "2026-04-01");
        JsonNode first = JSON.readTree(a.get(5, TimeUnit.MINUTES).body());
        JsonNode second = JSON.readTree(b.get(5, TimeUnit.MINUTES).body());
        assertThat(second.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(first.path("status").asString()).isEqualTo("COMPLETED");
        assertBilledOnce(4);
        assertThat(jdbc.sql("select count(*) from billing_run where status = 'RUNNING'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from billing_run where status = 'ABANDONED' and run_date = '2026-03-01'"
                + " and superseded_by is not null").query(Long.class).single()).isEqualTo(3);
    }

    private static boolean reachable() {
        try (var connection = java.sql.DriverManager.getConnection(URL, USER, DB_PASSWORD)) {
            return connection.isValid(5);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** A monthly subscription from 2026-01-01 with one line of 499, and its subscribers, made through the API. */
    private void seed(Api admin) {
        long seller = admin.post("/api/v1/employees", Map.of("name", "Selger")).id();
        long frequency = admin.post("/api/v1/frequencies", Map.of("name", "Månedlig", "unit", "MONTH", "dayOfMonth", 1,
                "startDate", "2026-01-01")).id();
        subscription = admin.post("/api/v1/subscriptions", Map.of("subject", "Lisens", "frequencyId", frequency,
                "ourReferenceId", seller, "sellerId", seller)).id();
        admin.post("/api/v1/subscriptions/" + subscription + "/lines", Map.of("name", "Lisens", "quantity", 1,
                "unitPrice", 499, "vatCode", "3"));
        subscribers(SUBSCRIBERS);
        assertThat(admin.post("/api/v1/subscriptions/" + subscription + "/start", "").status()).isEqualTo(200);
    }

    private long documents() {
        return jdbc.sql("select count(*) from document where subscription_id = ?").param(subscription)
                .query(Long.class).single();
    }

    private void assertBilledOnce(int periods) {
        assertThat(documents()).isEqualTo((long) SUBSCRIBERS * periods);
        assertThat(jdbc.sql("""
                select count(*) from (select subscriber_id from document where subscription_id = ?
                group by subscriber_id having count(*) <> ? or count(distinct period_start) <> ?) wrong""")
                .params(subscription, periods, periods).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from document d where d.subscription_id = ?
                and (not exists (select 1 from document_line l where l.document_id = d.id)
                  or not exists (select 1 from document_vat v where v.document_id = d.id)
                  or (select count(*) from delivery y where y.document_id = d.id) <> 1)""")
                .param(subscription).query(Long.class).single()).isZero();
        List<Long> numbers = jdbc.sql("select number from document where type = 'INVOICE' order by number")
                .query(Long.class).list();
        assertThat(numbers).hasSize(SUBSCRIBERS * periods);
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("invoice numbers without gap or repeat").isEqualTo(i + 1);
        }
    }

    /** Customers and subscribers in batches, as many as a real customer base. */
    private void subscribers(int count) {
        Timestamp now = Timestamp.from(Instant.now());
        long first = 100_000;
        var batch = new org.springframework.jdbc.core.JdbcTemplate(new DriverManagerDataSource(URL, USER,
                DB_PASSWORD));
        List<Object[]> customers = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            customers.add(new Object[] {first + c, "Drept kunde " + c, now, now});
        }
        batch.batchUpdate("""
                insert into customer (customer_number, name, active, country, language, currency, invoice_street,
                  invoice_postcode, invoice_city, version, created_at, created_by, modified_at, modified_by)
                values (?, ?, true, 'NO', 'nb', 'NOK', 'Gate 1', '0150', 'Oslo', 0, ?, 'test', ?, 'test')""", customers);
        List<Object[]> subscribers = jdbc.sql("select id from customer where customer_number between ? and ?")
                .params(first, first + count - 1).query(Long.class).list().stream()
                .map(customer -> new Object[] {subscription, customer, java.sql.Date.valueOf("2026-01-01"), now,
                    now}).toList();
        batch.batchUpdate("""
                insert into subscriber (subscription_id, customer_id, start_date, quantity_factor, active, version,
                  created_at, created_by, modified_at, modified_by)
                values (?, ?, ?, 1, true, 0, ?, 'test', ?, 'test')""", subscribers);
    }

    record Instance(Process process, int port) {

        CompletableFuture<HttpResponse<String>> run(String token, String date) {
            return HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/billing/runs"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"date\": \"" + date + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Takt in a JVM of its own on this test's database, once it answers. */
    private Instance instance() throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target", "instance-" + port + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), "no.takt.TaktApplication",
                "--server.port=" + port, "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + DB_PASSWORD, "--takt.admin.password=" + PASSWORD,
                "--db-scheduler.enabled=false", "--takt.demo=false", "--takt.billing.claim-timeout=PT3S",
                "--takt.billing.threads=2", "--logging.file.name=", "--spring.mail.host=",
                "--takt.delivery.outbox=target/outbox", "--takt.delivery.ehf-outgoing=target/ehf-outgoing")
                .redirectErrorStream(true).redirectOutput(log.toFile()).directory(new File(".")).start();
        instances.add(process);
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
}

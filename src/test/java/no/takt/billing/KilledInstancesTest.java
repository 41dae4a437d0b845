package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.takt.support.Instances;
import no.takt.support.Instances.Instance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: Takt instances in JVMs of their own ({@link Instances}), killed with SIGKILL in the
 * middle of a run of 10,000 subscribers (three periods each) at seeded moments, started again and
 * asked again; then two instances asked for the next month at once. Every subscriber is billed each
 * period exactly once, the numbers have no gap, every document has its lines, VAT and delivery, and
 * no run is left RUNNING.
 */
@Tag("db")
class KilledInstancesTest {

    private static final int SUBSCRIBERS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JdbcClient jdbc;

    /** The subscription billed, once made. */
    private long subscription;

    @Test
    void killedMidRunAndStartedAgainEverySubscriberIsBilledOnceWithoutGaps() throws Exception {
        Assumptions.assumeTrue(Instances.available(), "instances share a PostgreSQL database, takt_instances");
        try (Instances instances = new Instances("--db-scheduler.enabled=false", "--takt.billing.claim-timeout=PT3S",
                "--takt.billing.threads=2", "--spring.mail.host=")) {
            killedAndStartedAgain(instances);
        }
    }

    private void killedAndStartedAgain(Instances instances) throws Exception {
        jdbc = instances.jdbc();
        Instance instance = instances.start();
        subscription = instances.monthlySubscription(instance, SUBSCRIBERS, null);
        String token = instance.token();
        Random random = new Random(14);
        double[] killAt = {0.10 + random.nextDouble() * 0.15, 0.40 + random.nextDouble() * 0.15,
            0.70 + random.nextDouble() * 0.15};
        int expected = SUBSCRIBERS * 3;
        for (double fraction : killAt) {
            instance = instance == null ? instances.start() : instance;
            CompletableFuture<HttpResponse<String>> run = instance.run(token, "2026-03-01");
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (documents() < fraction * expected && !run.isDone() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(run.isDone()).as("killed at %.0f %% before the run ended", fraction * 100).isFalse();
            instance.kill();
            instance = null;
        }
        Instance last = instances.start();
        HttpResponse<String> finished = last.run(token, "2026-03-01").get(5, TimeUnit.MINUTES);
        assertThat(finished.statusCode()).as(finished.body()).isEqualTo(201);
        assertBilledOnce(3);

        // two instances asked for the next month at once join one run
        Instance other = instances.start();
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
}

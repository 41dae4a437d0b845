package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A crash in the middle of a run, and two runs at once: no duplicate, no gap, nothing missing. On
 * PostgreSQL the second is what two servers racing for the same subscribers would do.
 */
class ExactlyOnceTest extends BillingFixtures {

    /** Stands for the process dying: an Error, so no handler of the run treats it as a bad record. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash");
        }
    }

    @Autowired
    BillingRunService runs;

    @AfterEach
    void noMoreHooks() {
        runs.beforeChunkSaves(null);
    }

    @Test
    void aRunThatCrashesMidWayAndIsRunAgainBillsEverythingOnce() {
        Fixture f = subscription(10, Map.of());
        start(f);
        crashAfterTwoChunks(f, "2026-02-01");
        List<JsonNode> afterCrash = documents(f.subscriptionId());
        assertThat(afterCrash).hasSizeGreaterThan(0).hasSizeLessThan(20);
        assertGapless("INVOICE");

        runs.beforeChunkSaves(null);
        runs.run(LocalDate.parse("2026-02-01"), BillingRun.Trigger.MANUAL);
        assertBilledOnce(f, List.of("2026-01-01", "2026-02-01"));
        assertGapless("INVOICE");
        assertThat(afterCrash).allSatisfy(d -> assertThat(documents(f.subscriptionId()).stream()
                .filter(e -> e.path("id").asLong() == d.path("id").asLong())).hasSize(1));
    }

    @Test
    void aOneTimeLineIsBilledOncePerSubscriberWhenTheRunDiesAfterSomeChunksAndTheNextMonthRuns() {
        Fixture f = subscription(10, Map.of());
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines", Map.of("name", "Etablering", "quantity", 1,
                "unitPrice", 1500, "vatCode", "3", "oneTime", true));
        start(f);
        crashAfterTwoChunks(f, "2026-02-01");
        assertThat(oneTimeLinesBilled(f)).as("the two chunks that committed (3 subscribers each)")
                .hasSize(6).allSatisfy((subscriber, count) -> assertThat(count).isEqualTo(1));

        runs.beforeChunkSaves(null);
        runs.run(LocalDate.parse("2026-03-01"), BillingRun.Trigger.MANUAL);
        assertBilledOnce(f, List.of("2026-01-01", "2026-02-01", "2026-03-01"));
        assertThat(oneTimeLinesBilled(f)).hasSize(10).allSatisfy((subscriber, count) -> assertThat(count).isEqualTo(1));
        JsonNode first = documents(f.subscriptionId()).stream()
                .filter(d -> d.path("periodStart").asString().equals("2026-01-01")).findFirst().orElseThrow();
        assertThat(first.path("totalExclVat").decimalValue()).isEqualByComparingTo("1999.00");

        runs.run(LocalDate.parse("2026-04-01"), BillingRun.Trigger.MANUAL);
        assertThat(oneTimeLinesBilled(f)).hasSize(10).allSatisfy((subscriber, count) -> assertThat(count).isEqualTo(1));
    }

    /** Runs billing for the date and dies in the subscription's third chunk, after two have committed. */
    private void crashAfterTwoChunks(Fixture f, String date) {
        AtomicInteger chunks = new AtomicInteger();
        runs.beforeChunkSaves((run, slice) -> {
            if (slice.getFirst().subscriptionId() == f.subscriptionId() && chunks.incrementAndGet() > 2) {
                throw new Crash();
            }
        });
        assertThatThrownBy(() -> runs.run(LocalDate.parse(date), BillingRun.Trigger.MANUAL))
                .hasMessageContaining("simulated crash");
    }

    /** Per subscriber, how many of its documents' lines are the one-time line. */
    private Map<Long, Long> oneTimeLinesBilled(Fixture f) {
        return documents(f.subscriptionId()).stream().collect(java.util.stream.Collectors.groupingBy(
                d -> d.path("subscriberId").asLong(), java.util.stream.Collectors.summingLong(d -> d.path("lines")
                        .valueStream().filter(l -> l.path("name").asString().equals("Etablering")).count())))
                .entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void twoRunsAtOnceBillEverythingOnce() throws Exception {
        Fixture f = subscription(12, Map.of());
        start(f);
        CyclicBarrier bothReady = new CyclicBarrier(2);
        long firstSubscriber = f.subscribers().getFirst();
        AtomicInteger arrivals = new AtomicInteger();
        runs.beforeChunkSaves((run, slice) -> {
            // Each run's chunk of the first subscribers waits for the other's, so both have worked out
            // the same documents before either commits: the second to commit meets the first's.
            if (slice.stream().anyMatch(s -> s.id() == firstSubscriber) && arrivals.incrementAndGet() <= 2) {
                try {
                    bothReady.await(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        java.util.concurrent.ExecutorService servers = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<BillingRun> first = CompletableFuture.supplyAsync(() ->
                runs.run(LocalDate.parse("2026-03-01"), BillingRun.Trigger.MANUAL), servers);
        CompletableFuture<BillingRun> second = CompletableFuture.supplyAsync(() ->
                runs.run(LocalDate.parse("2026-03-01"), BillingRun.Trigger.MANUAL), servers);
        assertThat(first.get(60, TimeUnit.SECONDS).status()).isEqualTo(BillingRun.Status.COMPLETED);
        assertThat(second.get(60, TimeUnit.SECONDS).status()).isEqualTo(BillingRun.Status.COMPLETED);
        assertBilledOnce(f, List.of("2026-01-01", "2026-02-01", "2026-03-01"));
        assertGapless("INVOICE");
        assertThat(first.get().documentsCreated() + second.get().documentsCreated()).isGreaterThanOrEqualTo(36);
        servers.shutdown();
    }

    private void assertBilledOnce(Fixture f, List<String> periods) {
        List<JsonNode> documents = documents(f.subscriptionId());
        assertThat(documents).hasSize(f.subscribers().size() * periods.size());
        for (long subscriber : f.subscribers()) {
            assertThat(documents.stream().filter(d -> d.path("subscriberId").asLong() == subscriber)
                    .map(d -> d.path("periodStart").asString())).containsExactlyInAnyOrderElementsOf(periods);
        }
    }
}

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
        AtomicInteger chunks = new AtomicInteger();
        runs.beforeChunkSaves((run, slice) -> {
            if (slice.getFirst().subscriptionId() == f.subscriptionId() && chunks.incrementAndGet() > 2) {
                throw new Crash();
            }
        });
        assertThatThrownBy(() -> runs.run(LocalDate.parse("2026-02-01"), BillingRun.Trigger.MANUAL))
                .hasMessageContaining("simulated crash");
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

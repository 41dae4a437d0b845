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

    /** No hook stays, and no crashed run is left for other tests to join. */
    @AfterEach
    void noMoreHooks() {
        runs.beforeChunkSaves(null);
        runs.recover(java.time.Duration.ZERO);
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
        runs.recover(java.time.Duration.ZERO);
        runs.run(LocalDate.parse("2026-02-01"), BillingRun.Trigger.MANUAL);
        assertBilledOnce(f, List.of("2026-01-01", "2026-02-01"));
        assertGapless("INVOICE");
        assertThat(afterCrash).allSatisfy(d -> assertThat(documents(f.subscriptionId()).stream()
                .filter(e -> e.path("id").asLong() == d.path("id").asLong())).hasSize(1));
    }

    /** Issue 14: a killed run stayed RUNNING for ever, its chunks claimed by the dead instance, its counts 0. */
    @Test
    void aRunLeftRunningByAnInstanceThatStoppedIsTakenOverAndCompletedWithTheCountsOfItsDocuments() {
        Fixture f = subscription(10, Map.of());
        start(f);
        crashAfterTwoChunks(f, "2026-02-01");
        long runId = runOf(f);
        assertThat(runs.get(runId).status()).isEqualTo(BillingRun.Status.RUNNING);

        runs.beforeChunkSaves(null);
        runs.recover(java.time.Duration.ZERO);
        BillingRun taken = runs.get(runId);
        assertThat(taken.status()).isEqualTo(BillingRun.Status.COMPLETED);
        assertBilledOnce(f, List.of("2026-01-01", "2026-02-01"));
        assertThat(documents(f.subscriptionId())).allSatisfy(d -> assertThat(d.path("runId").asLong()).isEqualTo(runId));
        // the run bills every subscription in the database: its counts are those of all its documents
        List<JsonNode> ofRun = adminByToken().get("/api/v1/documents?runId=" + runId + "&size=500").json()
                .path("items").valueStream().toList();
        assertThat(taken.documentsCreated()).isEqualTo(ofRun.size()).isGreaterThanOrEqualTo(20);
        assertThat(taken.totalExclVat()).isEqualByComparingTo(ofRun.stream()
                .map(d -> d.path("totalExclVat").decimalValue()).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add));
        assertThat(taken.chunksDone()).isEqualTo(taken.chunksTotal());
        assertGapless("INVOICE");
    }

    /** The run of a subscription's documents (all made by one run here). */
    private long runOf(Fixture f) {
        return documents(f.subscriptionId()).getFirst().path("runId").asLong();
    }

    @Test
    void twoRequestsForTheSameDateJoinOneRun() throws Exception {
        Fixture f = subscription(12, Map.of());
        start(f);
        CyclicBarrier bothAsked = new CyclicBarrier(2);
        AtomicInteger chunks = new AtomicInteger();
        runs.beforeChunkSaves((run, slice) -> {
            // the first chunk waits until the second request has come, so it meets a running run
            if (chunks.incrementAndGet() == 1) {
                try {
                    bothAsked.await(20, TimeUnit.SECONDS);
                    Thread.sleep(300);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        java.util.concurrent.ExecutorService servers = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<BillingRun> first = CompletableFuture.supplyAsync(() ->
                runs.run(LocalDate.parse("2026-02-01"), BillingRun.Trigger.MANUAL), servers);
        CompletableFuture<BillingRun> second = CompletableFuture.supplyAsync(() -> {
            try {
                bothAsked.await(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return runs.run(LocalDate.parse("2026-02-01"), BillingRun.Trigger.MANUAL);
        }, servers);
        assertThat(second.get(60, TimeUnit.SECONDS).id()).isEqualTo(first.get(60, TimeUnit.SECONDS).id());
        assertThat(first.get().status()).isEqualTo(BillingRun.Status.COMPLETED);
        assertBilledOnce(f, List.of("2026-01-01", "2026-02-01"));
        servers.shutdown();
    }

    /** Issue 14: sixteen threads on a pool of fewer connections deadlocked, each waiting for a second one. */
    @Test
    void aRunWithSixteenThreadsOnASmallPoolBillsEveryone() {
        Fixture f = subscription(60, Map.of());
        start(f);
        long runId = runs.plan(LocalDate.parse("2026-01-01"), BillingRun.Trigger.MANUAL, false);
        runs.work(runId, 16);
        runs.finish(runId);
        BillingRun run = runs.get(runId);
        assertThat(run.status()).isEqualTo(BillingRun.Status.COMPLETED);
        assertThat(runs.skips(runId)).noneMatch(s -> s.reason() == no.takt.billing.core.SkipReason.ERROR);
        assertBilledOnce(f, List.of("2026-01-01"));
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
        long crashed = runOf(f);
        runs.run(LocalDate.parse("2026-03-01"), BillingRun.Trigger.MANUAL);
        assertBilledOnce(f, List.of("2026-01-01", "2026-02-01", "2026-03-01"));
        // the run of March billed what the crashed run of February left: that one is abandoned, naming it
        runs.recover(java.time.Duration.ZERO);
        BillingRun abandoned = runs.get(crashed);
        assertThat(abandoned.status()).isEqualTo(BillingRun.Status.ABANDONED);
        assertThat(abandoned.supersededBy()).isNotNull().isGreaterThan(crashed);
        assertThat(abandoned.documentsCreated()).isEqualTo(documents(f.subscriptionId()).stream()
                .filter(d -> d.path("runId").asLong() == crashed).count()).isPositive();
        assertThat(oneTimeLinesBilled(f)).hasSize(10).allSatisfy((subscriber, count) -> assertThat(count).isEqualTo(1));
        JsonNode first = documents(f.subscriptionId()).stream()
                .filter(d -> d.path("periodStart").asString().equals("2026-01-01")).findFirst().orElseThrow();
        assertThat(first.path("totalExclVat").decimalValue()).isEqualByComparingTo("1999.00");

        runs.run(LocalDate.parse("2026-04-01"), BillingRun.Trigger.MANUAL);
        assertThat(oneTimeLinesBilled(f)).hasSize(10).allSatisfy((subscriber, count) -> assertThat(count).isEqualTo(1));
    }

    /** Runs billing for the date and dies in the subscription's third chunk, after two have committed. */
    private void crashAfterTwoChunks(Fixture f, String date) {
        crashAfterTwoChunks(f, date, false);
    }

    private void crashAfterTwoChunks(Fixture f, String date, boolean hold) {
        AtomicInteger chunks = new AtomicInteger();
        runs.beforeChunkSaves((run, slice) -> {
            if (slice.getFirst().subscriptionId() == f.subscriptionId() && chunks.incrementAndGet() > 2) {
                throw new Crash();
            }
        });
        assertThatThrownBy(() -> runs.run(LocalDate.parse(date), BillingRun.Trigger.MANUAL, hold))
                .hasMessageContaining("simulated crash");
    }

    @Autowired
    RunApproval approval;

    /** Issue 14: a held run that was killed could never be released, so its deliveries stayed HELD for ever. */
    @Test
    void aHeldRunThatWasKilledIsTakenOverAndCanThenBeReleased() {
        Fixture f = subscription(10, Map.of("sendByEmail", true, "senderEmail", "faktura@fjordtakt.no"));
        start(f);
        crashAfterTwoChunks(f, "2026-02-01", true);
        long runId = runOf(f);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> approval.release(runId))
                .isInstanceOf(no.takt.platform.errors.ConflictException.class);
        runs.beforeChunkSaves(null);
        runs.recover(java.time.Duration.ZERO);
        assertThat(runs.get(runId).status()).isEqualTo(BillingRun.Status.COMPLETED);
        assertThat(runs.get(runId).approval()).isEqualTo(BillingRun.Approval.WAITING);
        assertThat(deliveryStatuses(f)).hasSize(20).containsOnly("HELD");
        assertThat(approval.release(runId).approval()).isEqualTo(BillingRun.Approval.RELEASED);
        assertThat(deliveryStatuses(f)).hasSize(20).containsOnly("PENDING");
    }

    private List<String> deliveryStatuses(Fixture f) {
        return documents(f.subscriptionId()).stream().flatMap(d -> adminByToken().get("/api/v1/documents/"
                + d.path("id").asLong() + "/deliveries").json().path("items").valueStream())
                .map(d -> d.path("status").asString()).toList();
    }

    /** Per subscriber, how many of its documents' lines are the one-time line. */
    private Map<Long, Long> oneTimeLinesBilled(Fixture f) {
        return documents(f.subscriptionId()).stream().collect(java.util.stream.Collectors.groupingBy(
                d -> d.path("subscriberId").asLong(), java.util.stream.Collectors.summingLong(d -> d.path("lines")
                        .valueStream().filter(l -> l.path("name").asString().equals("Etablering")).count())))
                .entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Two runs for different dates at once race for the same periods (as two instances would). */
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
                runs.run(LocalDate.parse("2026-03-02"), BillingRun.Trigger.MANUAL), servers);
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

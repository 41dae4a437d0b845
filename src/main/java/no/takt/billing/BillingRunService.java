package no.takt.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.takt.billing.core.Drafting;
import no.takt.billing.core.Skip;
import no.takt.billing.core.SkipReason;
import no.takt.billing.core.SubscriptionTerms;
import no.takt.catalog.ProductService;
import no.takt.documents.Document;
import no.takt.documents.Issuing;
import no.takt.money.Amounts;
import no.takt.organisation.OrganisationService;
import no.takt.platform.Parallel;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.SubscriptionLineService;
import no.takt.subscriptions.SubscriptionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The billing run for a date (PRODUCT.md §4). It splits the work into chunks — one subscription's
 * subscribers, some hundreds at a time — which any thread of any instance takes with
 * {@code FOR UPDATE SKIP LOCKED}. A chunk is one transaction: its lock, its documents, their gapless
 * numbers, its skipped subscribers, its stock changes and its "done" commit together or not at all.
 *
 * <p>Exactly once is the database's: a document's (subscriber, customer, period start) is unique.
 * A chunk that meets a document another run committed first is simply worked out again, and then
 * finds nothing left to bill. A crash loses only uncommitted chunks; the next run (any date on or
 * after) bills what they would have.
 */
@Service
public class BillingRunService {

    private static final Logger log = LoggerFactory.getLogger(BillingRunService.class);

    private final RunRepository runs;
    private final Issuing issuing;
    private final BillingInputs inputs;
    private final SubscriptionService subscriptions;
    private final SubscriberService subscribers;
    private final SubscriptionLineService lines;
    private final ProductService products;
    private final OrganisationService organisation;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int chunkSize;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final int threads;
    /**
     * How long a run may go with no chunk finished (or a chunk billed one by one may stay claimed)
     * before another instance takes it over.
     */
    private final java.time.Duration claimTimeout;
    /** How far ahead of today a run's date may be. */
    private final int maxDaysAhead;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    /**
     * Test hook: called inside each chunk's transaction once its documents are worked out and before
     * they are numbered and saved, with the run id and the chunk's subscribers.
     */
    private volatile java.util.function.BiConsumer<Long, List<Subscriber>> beforeSave = (run, slice) -> { };

    BillingRunService(RunRepository runs, Issuing issuing, BillingInputs inputs,
            SubscriptionService subscriptions, SubscriberService subscribers, SubscriptionLineService lines,
            ProductService products, OrganisationService organisation, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions,
            org.springframework.context.ApplicationEventPublisher events,
            @Value("${takt.billing.chunk-size:500}") int chunkSize,
            @Value("${takt.billing.threads:0}") int threads,
            @Value("${takt.billing.claim-timeout:PT2M}") java.time.Duration claimTimeout,
            @Value("${takt.billing.max-days-ahead:31}") int maxDaysAhead) {
        this.runs = runs;
        this.issuing = issuing;
        this.inputs = inputs;
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.lines = lines;
        this.products = products;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.chunkSize = chunkSize;
        this.events = events;
        this.threads = threads(threads);
        this.claimTimeout = claimTimeout;
        this.maxDaysAhead = maxDaysAhead;
    }

    /** The run's threads per instance: as configured, or one per processor. */
    static int threads(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    /** Runs billing for the date to the end, and answers the run with its counts. */
    public BillingRun run(LocalDate date, BillingRun.Trigger trigger) {
        return run(date, trigger, null);
    }

    /**
     * Runs billing for the date (null: today); with {@code hold} (null: as the organisation says) its
     * documents wait for a person to release the run before any is sent. When a run for the date is
     * running already (here or on another instance) this joins it and answers it once it is done.
     */
    public BillingRun run(LocalDate givenDate, BillingRun.Trigger trigger, Boolean hold) {
        LocalDate date = givenDate != null ? givenDate : LocalDate.now(clock);
        LocalDate latest = LocalDate.now(clock).plusDays(maxDaysAhead);
        if (date.isAfter(latest)) {
            throw UnprocessableException.field("date", "error.run-date-too-far", maxDaysAhead, latest);
        }
        long runId = planOrJoin(date, trigger, hold);
        try {
            work(runId);
            finish(runId);
        } catch (RuntimeException e) {
            log.error("Billing run {} for {} failed", runId, date, e);
            end(runId, BillingRun.Status.FAILED, String.valueOf(e.getMessage()), null);
            throw e;
        }
        return get(runId);
    }

    /**
     * Plans a run for the date, or answers the one running for it (two plans would race for the same
     * work). A run for the date that nobody has worked on within the claim timeout (its instance
     * stopped) is not joined but abandoned, naming the new run, which bills everything it would have.
     */
    private long planOrJoin(LocalDate date, BillingRun.Trigger trigger, Boolean hold) {
        Long abandoned = null;
        for (int attempt = 1; ; attempt++) {
            try {
                long runId = plan(date, trigger, hold != null ? hold : organisation.get().approveBeforeSending());
                if (abandoned != null) {
                    runs.supersede(abandoned, runId);
                }
                events.publishEvent(new BillingSchedule.RunPlanned(runId));
                return runId;
            } catch (DuplicateKeyException e) {
                Optional<Long> running = runs.running(date);
                if (running.isPresent() && runs.orphan(running.get(), now().minus(claimTimeout))) {
                    log.warn("Run {} for {} was left running by an instance that stopped: a new run takes over",
                            running.get(), date);
                    end(running.get(), BillingRun.Status.ABANDONED, null, null);
                    abandoned = running.get();
                } else if (running.isPresent()) {
                    log.info("A run for {} is running already: run {} joined", date, running.get());
                    return running.get();
                }
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    public BillingRun get(long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("billing-run", id));
    }

    public Page<BillingRun> list(PageQuery query) {
        return runs.list(query);
    }

    /** How many runs wait for approval before what they made is sent. */
    public long waitingForApproval() {
        return runs.waitingForApproval();
    }

    public List<Skip> skips(long runId) {
        get(runId);
        return runs.skips(runId);
    }

    /** Records the run and its chunks: every billable subscription's subscribers in slices. */
    long plan(LocalDate date, BillingRun.Trigger trigger, boolean hold) {
        return transaction.execute(status -> {
            Stamp stamp = audit.stamp();
            long runId = runs.create(date, trigger, trigger == BillingRun.Trigger.SCHEDULER ? "scheduler" : stamp.by(),
                    stamp.at(), hold);
            List<long[]> chunks = new ArrayList<>();
            for (long subscriptionId : subscriptions.billableIds()) {
                for (long[] range : subscribers.idRanges(subscriptionId, chunkSize)) {
                    chunks.add(new long[] {subscriptionId, range[0], range[1]});
                }
            }
            runs.addChunks(runId, chunks);
            return runId;
        });
    }

    /** Works the run's chunks with this instance's threads until none is left to claim. */
    public void work(long runId) {
        work(runId, threads);
    }

    /**
     * Works the run's chunks with so many threads, each holding one connection at a time. When one
     * thread fails the others stop after their chunk, and the first failure is thrown once all have.
     */
    void work(long runId, int workerCount) {
        BillingRun run = get(runId);
        Map<Long, SubscriptionTerms> contexts = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        // An Error (out of memory, or a test's simulated crash) comes through as it is: the run stays RUNNING.
        Parallel.workers(workerCount, () -> {
            try {
                while (!stop.get() && workNextChunk(run, contexts)) {
                    // until no chunk is left to take
                }
            } catch (RuntimeException | Error e) {
                stop.set(true);
                throw e;
            }
        });
    }

    /** A chunk that failed as a whole, to be billed subscriber by subscriber. */
    private record Fallback(RunRepository.Chunk chunk, SubscriptionTerms terms, List<Subscriber> slice) {
    }

    /**
     * Takes the next pending chunk and bills it in one transaction, which holds the chunk's row lock
     * (so other threads and instances skip it; a crash lets it go) and marks it done — one commit a
     * chunk. Meeting a document that another run saved first, it is worked out again (it then finds
     * those periods billed). Anything else unexpected: the chunk is marked claimed, and its subscribers
     * are billed one by one, so the one at fault is skipped with the error and the rest are billed.
     * Answers false when no chunk was left.
     */
    private boolean workNextChunk(BillingRun run, Map<Long, SubscriptionTerms> contexts) {
        Object outcome = transaction.execute(status -> {
            Optional<RunRepository.Chunk> next = runs.next(run.id());
            if (next.isEmpty()) {
                return Boolean.FALSE;
            }
            RunRepository.Chunk chunk = next.get();
            SubscriptionTerms terms = contexts.computeIfAbsent(chunk.subscriptionId(), inputs::terms);
            List<Subscriber> slice = subscribers.between(chunk.subscriptionId(), chunk.firstSubscriberId(),
                    chunk.lastSubscriberId());
            Object beforeChunk = status.createSavepoint();
            try {
                done(chunk, saveWithRetry(terms, slice, run, status));
                return Boolean.TRUE;
            } catch (RuntimeException e) {
                status.rollbackToSavepoint(beforeChunk);
                log.warn("Chunk {} of run {} failed as a whole; billing its subscribers one by one", chunk.id(),
                        chunk.runId(), e);
                runs.claimed(chunk.id(), instance, now());
                return new Fallback(chunk, terms, slice);
            }
        });
        if (outcome instanceof Fallback fallback) {
            oneByOne(run, fallback);
        }
        return !Boolean.FALSE.equals(outcome);
    }

    private void oneByOne(BillingRun run, Fallback fallback) {
        RunRepository.Chunk chunk = fallback.chunk();
        Tally tally = Tally.NONE;
        for (Subscriber subscriber : fallback.slice()) {
            try {
                tally = tally.plus(transaction.execute(status -> saveWithRetry(fallback.terms(), List.of(subscriber),
                        run, status)));
            } catch (RuntimeException single) {
                Skip skip = new Skip(chunk.subscriptionId(), subscriber.id(), subscriber.party().customerId(),
                        SkipReason.ERROR, String.valueOf(single.getMessage()));
                transaction.executeWithoutResult(status -> runs.skips(chunk.runId(), List.of(skip)));
                tally = tally.plus(new Tally(0, 1, BigDecimal.ZERO));
            }
        }
        Tally result = tally;
        transaction.executeWithoutResult(status -> done(chunk, result));
    }

    private record Tally(int documents, int skipped, BigDecimal total) {
        static final Tally NONE = new Tally(0, 0, BigDecimal.ZERO);

        Tally plus(Tally other) {
            return new Tally(documents + other.documents, skipped + other.skipped, total.add(other.total));
        }
    }

    /** Saves in the caller's transaction; a document another run saved first: back to the savepoint, and again. */
    private Tally saveWithRetry(SubscriptionTerms terms, List<Subscriber> slice, BillingRun run,
            org.springframework.transaction.TransactionStatus status) {
        Object before = status.createSavepoint();
        try {
            return save(terms, slice, run);
        } catch (DuplicateKeyException e) {
            status.rollbackToSavepoint(before);
            log.info("Run {} met documents another run saved first; working the chunk out again", run.id());
            return save(terms, slice, run);
        }
    }

    /** Documents are created by whoever started the run (a user, a token, or the scheduler). */
    private Tally save(SubscriptionTerms terms, List<Subscriber> slice, BillingRun run) {
        long runId = run.id();
        LocalDate date = run.date();
        Drafting.Result result = inputs.draft(terms, inputs.slice(terms, slice,
                keys -> issuing.billed(keys, date.getYear()), runs::history), date, runId);
        beforeSave.accept(runId, slice);
        List<Document> saved = issuing.issue(result.drafts(), new Stamp(now(), run.startedBy()),
                run.approval() == BillingRun.Approval.WAITING ? runId : null);
        runs.skips(runId, result.skips());
        runs.oneTimeBilled(runId, result.oneTime());
        runs.usageBilled(runId, result.usage());
        runs.corrected(result.corrections());
        if (!result.stock().isEmpty()) {
            products.decrementStock(result.stock());
        }
        return new Tally(saved.size(), result.skips().size(), Amounts.sum(saved, d -> d.totals().totalExclVat()));
    }

    private void done(RunRepository.Chunk chunk, Tally tally) {
        runs.done(chunk.id(), tally.documents(), tally.skipped(), tally.total(), now());
    }

    /**
     * Completes the run once every chunk is done (chunks claimed by an instance that stopped go back
     * to the pool after {@code takt.billing.claim-timeout} and are worked here), removes the billed
     * one-time lines (which are billed once whether or not this happens: each chunk records who had
     * them), and records its counts from its documents. Of instances finishing the same run, one does.
     */
    void finish(long runId) {
        while (runs.unfinished(runId) > 0) {
            transaction.execute(status -> runs.releaseStale(runId, now().minus(claimTimeout)));
            work(runId);
            sleep();
        }
        List<Long> completed = transaction.execute(status -> {
            if (runs.lock(runId) != BillingRun.Status.RUNNING) {
                return List.<Long>of();
            }
            List<Long> billed = runs.subscriptions(runId);
            lines.removeBilledOneTimeLines(billed, get(runId).startedAt());
            runs.finish(runId, BillingRun.Status.COMPLETED, now(), issuing.madeByRun(runId), null, null);
            return billed;
        });
        BillingRun done = get(runId);
        if (!completed.isEmpty()) {
            afterEnd(done, completed);
        }
        log.info("Billing run {} for {}: {} documents, {} skipped, {} excl. VAT", runId, done.date(),
                done.documentsCreated(), done.subscribersSkipped(), done.totalExclVat());
    }

    /**
     * Moves the billed subscriptions' next dates past the run's date and adds the run's documents to
     * their order counts, in transactions of their own after the run has ended: two runs finishing at
     * once both write these rows, and one that loses a deadlock tries again (the run itself is done
     * either way; the counts are added once per run however often this is tried).
     */
    private void afterEnd(BillingRun run, List<Long> billed) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!billed.isEmpty()) {
                    subscriptions.billedOn(billed, run.date());
                }
                subscriptions.countOrders(run.id());
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 3) {
                    log.warn("Billing run {}: the next dates and order counts of its subscriptions were not"
                            + " updated ({}); the dates move with the next run", run.id(), e.getMessage());
                    return;
                }
            }
        }
    }

    /** Ends a run that is still running as failed or abandoned, with its counts from its documents. */
    private void end(long runId, BillingRun.Status status, String reason, Long supersededBy) {
        boolean ended = Boolean.TRUE.equals(transaction.execute(s -> {
            if (runs.lock(runId) != BillingRun.Status.RUNNING) {
                return false;
            }
            runs.finish(runId, status, now(), issuing.madeByRun(runId), reason, supersededBy);
            return true;
        }));
        if (ended) {
            afterEnd(get(runId), List.of());
        }
    }

    /**
     * Takes over the runs that instances which stopped left RUNNING (nobody claimed or finished a chunk
     * of theirs within the claim timeout): a run whose work a later completed run has billed already is
     * ABANDONED, naming that run; any other is worked to the end here. Every minute, on one instance.
     */
    public void recover() {
        recover(claimTimeout);
    }

    /** Takes over the runs that nobody has worked on for so long. */
    void recover(java.time.Duration quiet) {
        OffsetDateTime quietSince = now().minus(quiet);
        for (long runId : runs.orphans(quietSince)) {
            BillingRun run = get(runId);
            Optional<Long> later = runs.completedAfter(run);
            if (later.isPresent()) {
                log.warn("Billing run {} for {} was left running; run {} has billed its work: abandoned", runId,
                        run.date(), later.get());
                end(runId, BillingRun.Status.ABANDONED, null, later.get());
                continue;
            }
            log.warn("Billing run {} for {} was left running by an instance that stopped: taking it over", runId,
                    run.date());
            try {
                transaction.execute(status -> runs.releaseStale(runId, quietSince));
                events.publishEvent(new BillingSchedule.RunPlanned(runId));
                work(runId);
                finish(runId);
            } catch (RuntimeException e) {
                log.error("Billing run {} could not be taken over", runId, e);
                end(runId, BillingRun.Status.FAILED, String.valueOf(e.getMessage()), null);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void beforeChunkSaves(java.util.function.BiConsumer<Long, List<Subscriber>> hook) {
        this.beforeSave = hook == null ? (run, slice) -> { } : hook;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

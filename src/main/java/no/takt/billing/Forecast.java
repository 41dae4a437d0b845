package no.takt.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import no.takt.billing.core.Drafting;
import no.takt.billing.core.OrderLine;
import no.takt.billing.core.SubscriptionTerms;
import no.takt.documents.BilledState;
import no.takt.documents.Document;
import no.takt.documents.Draft;
import no.takt.documents.Issuing;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.Parallel;
import no.takt.platform.errors.FieldProblems;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.SubscriptionService;
import no.takt.time.Recurrence;
import no.takt.platform.web.PageQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the runs from one date to another will produce (PRODUCT.md §4, "forecast"): the billing
 * run's own calculation, day by day, with what is billed kept in memory instead of saved. Nothing
 * is written and nothing is numbered.
 *
 * <p>It streams (issue 14): subscriptions are worked on the run's threads, each in its own
 * read-only transaction and its subscribers a thousand at a time; only the sums and the page of
 * documents asked for are kept, so a forecast for a million subscribers fits the heap.
 */
@Service
public class Forecast {

    public static final int MAX_DAYS = 366;
    /** The range when only the start (or nothing) is given. */
    public static final int DEFAULT_DAYS = 30;
    /** Subscribers worked out at once. */
    private static final int SLICE = 1000;
    /** The order of the documents: by date, then customer, then subscriber. */
    private static final Comparator<Document> ORDER = Comparator.comparing((Document d) -> d.dates().date())
            .thenComparing(d -> d.customer().customerName(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(d -> d.origin().subscriberId(), Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * One page of the documents (in date and customer order) of {@code totalItems} in all, and the sums
     * per subscription and in all.
     */
    public record Result(LocalDate from, LocalDate to, List<Document> items, int page, int size, long totalItems,
                         long totalPages, List<SubscriptionTotal> totals, BigDecimal totalExclVat,
                         BigDecimal totalInclVat) {
    }

    public record SubscriptionTotal(long subscriptionId, String subject, int documents, BigDecimal totalExclVat,
                                    BigDecimal totalInclVat) {
    }

    private final BillingInputs inputs;
    private final Issuing issuing;
    private final RunRepository runs;
    private final SubscriptionService subscriptions;
    private final SubscriberService subscribers;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final int threads;

    Forecast(BillingInputs inputs, Issuing issuing, RunRepository runs, SubscriptionService subscriptions,
            SubscriberService subscribers, Clock clock, PlatformTransactionManager transactions,
            @Value("${takt.billing.threads:0}") int threads) {
        this.clock = clock;
        this.inputs = inputs;
        this.issuing = issuing;
        this.runs = runs;
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.threads = BillingRunService.threads(threads);
    }

    /** The same, where what is not given is the default: from today, to 30 days after from. */
    public Result orDefault(LocalDate from, LocalDate to, Long subscriptionId, PageQuery page) {
        LocalDate start = from != null ? from : LocalDate.now(clock);
        return between(start, to != null ? to : start.plusDays(DEFAULT_DAYS), subscriptionId, page);
    }

    /**
     * What the runs from one date to another produce, for one subscription or all: each day from the
     * state of the day before, as the daily runs would leave it.
     */
    public Result between(LocalDate from, LocalDate to, Long subscriptionId, PageQuery page) {
        new FieldProblems().range(from, to).throwIfAny(BadInputException::new);
        new FieldProblems().check(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", "error.forecast-too-long",
                MAX_DAYS).throwIfAny(BadInputException::new);
        List<Long> ids = subscriptions.billableIds();
        if (subscriptionId != null) {
            ids = ids.contains(subscriptionId) ? List.of(subscriptionId) : List.of();
        }
        int keep = (int) Math.min(Integer.MAX_VALUE, page.offset() + page.size());
        PriorityQueue<Document> best = new PriorityQueue<>(ORDER.reversed());
        List<SubscriptionTotal> all = Parallel.map(ids, threads, id -> {
            Partial partial = readOnly.execute(status -> forecast(id, from, to, keep));
            synchronized (best) {
                partial.best().forEach(d -> offer(best, d, keep));
            }
            return partial.total();
        });
        List<SubscriptionTotal> totals = all.stream().filter(t -> t.documents() > 0).toList();
        long documents = totals.stream().mapToLong(SubscriptionTotal::documents).sum();
        BigDecimal exclVat = totals.stream().map(SubscriptionTotal::totalExclVat).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal inclVat = totals.stream().map(SubscriptionTotal::totalInclVat).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        List<Document> sorted = new ArrayList<>(best);
        sorted.sort(ORDER);
        List<Document> items = sorted.subList((int) Math.min(sorted.size(), page.offset()), sorted.size());
        return new Result(from, to, List.copyOf(items), page.page(), page.size(), documents,
                (documents + page.size() - 1) / page.size(), totals, exclVat, inclVat);
    }

    /** One subscription's sums and its first documents in order. */
    private record Partial(SubscriptionTotal total, PriorityQueue<Document> best) {
    }

    private static void offer(PriorityQueue<Document> best, Document d, int keep) {
        if (best.size() < keep) {
            best.add(d);
        } else if (keep > 0 && ORDER.compare(d, best.peek()) < 0) {
            best.poll();
            best.add(d);
        }
    }

    private Partial forecast(long subscriptionId, LocalDate from, LocalDate to, int keep) {
        SubscriptionTerms terms = inputs.terms(subscriptionId);
        PriorityQueue<Document> best = new PriorityQueue<>(ORDER.reversed());
        int count = 0;
        BigDecimal exclVat = BigDecimal.ZERO;
        BigDecimal inclVat = BigDecimal.ZERO;
        String subject = null;
        for (long[] range : subscribers.idRanges(subscriptionId, SLICE)) {
            List<Subscriber> slice = subscribers.between(subscriptionId, range[0], range[1]);
            for (Draft draft : drafts(terms, slice, from, to)) {
                Document raw = draft.document();
                count++;
                exclVat = exclVat.add(raw.totals().totalExclVat());
                inclVat = inclVat.add(raw.totals().totalInclVat());
                if (subject == null || best.size() < keep || keep > 0 && ORDER.compare(raw, best.peek()) < 0) {
                    Document d = draft.unnumbered();
                    subject = subject == null ? d.texts().subject() : subject;
                    offer(best, d, keep);
                }
            }
        }
        return new Partial(new SubscriptionTotal(subscriptionId, subject, count, exclVat, inclVat), best);
    }

    /** The drafts the days' runs make for these subscribers, in day order. */
    private List<Draft> drafts(SubscriptionTerms terms, List<Subscriber> slice, LocalDate from, LocalDate to) {
        // Something can only fall due on the first day, a run date of the frequency, or a subscriber's start.
        TreeSet<LocalDate> days = new TreeSet<>(Recurrence.between(terms.periods().frequency(), from, to));
        days.add(from);
        slice.stream().map(s -> s.dates().startDate()).filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to))
                .forEach(days::add);
        // What the days before have billed, in memory, over what is saved (read once per year and once);
        // of it, how many documents are dated in each year (for @PERIOD@, which counts within the year).
        Map<BilledState.Key, BilledState> billed = new HashMap<>();
        Map<BilledState.Key, Map<Integer, Integer>> madeInYear = new HashMap<>();
        Map<Integer, Map<BilledState.Key, BilledState>> savedByYear = new HashMap<>();
        // what billing recorded (one-time lines had, usage billed to), and what the days before add to it
        Set<Drafting.OneTime> oneTime = new HashSet<>();
        Map<BilledState.Key, LocalDate> usageTo = new HashMap<>();
        Map<BilledState.Key, List<Drafting.Late>> late = new HashMap<>();
        if (terms.metered() || terms.lines().stream().anyMatch(OrderLine::oneTime)) {
            Drafting.History saved = runs.history(slice.stream().map(Subscriber::id).toList());
            oneTime.addAll(saved.oneTime());
            usageTo.putAll(saved.usageBilledTo());
            late.putAll(saved.late());
        }
        Drafting.History history = new Drafting.History(oneTime, usageTo, late);
        List<Draft> produced = new ArrayList<>();
        for (LocalDate day : days) {
            Map<BilledState.Key, BilledState> known = new HashMap<>();
            Drafting.Slice input = inputs.slice(terms, slice, keys -> {
                Map<BilledState.Key, BilledState> saved = savedByYear.computeIfAbsent(day.getYear(),
                        year -> issuing.billed(keys, year));
                known.putAll(saved);
                billed.forEach((key, b) -> known.put(key, new BilledState(b.lastStart(), b.billedTo(), b.runs(),
                        saved.getOrDefault(key, BilledState.NOTHING).inYear()
                                + madeInYear.get(key).getOrDefault(day.getYear(), 0))));
                return known;
            }, ids -> history);
            Drafting.Result result = inputs.draft(terms, input, day, null);
            oneTime.addAll(result.oneTime());
            result.usage().forEach(u -> usageTo.merge(new BilledState.Key(u.subscriberId(), u.customerId()), u.to(),
                    (a, b) -> a.isAfter(b) ? a : b));
            result.corrections().forEach(c -> late.remove(new BilledState.Key(c.late().billed().subscriberId(),
                    c.late().billed().customerId())));
            for (Draft draft : result.drafts()) {
                Document d = draft.document();
                produced.add(draft);
                BilledState.Key key = new BilledState.Key(d.origin().subscriberId(), d.customer().customerId());
                billed.put(key, billed.getOrDefault(key, known.getOrDefault(key, BilledState.NOTHING))
                        .plus(d.dates().periodStart(), d.dates().periodEnd()));
                madeInYear.computeIfAbsent(key, k -> new HashMap<>()).merge(d.dates().date().getYear(), 1, Integer::sum);
            }
        }
        return produced;
    }
}

package no.takt.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import no.takt.money.Amounts;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblems;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.SubscriptionService;
import no.takt.time.Recurrence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the runs from one date to another will produce (PRODUCT.md §4, "forecast"): the billing
 * run's own calculation, day by day, with what is billed kept in memory instead of saved. Nothing
 * is written and nothing is numbered.
 */
@Service
public class Forecast {

    public static final int MAX_DAYS = 366;
    /** The range when only the start (or nothing) is given. */
    public static final int DEFAULT_DAYS = 30;

    /** The documents, and the sums per subscription and in all. */
    public record Result(LocalDate from, LocalDate to, List<Document> items, List<SubscriptionTotal> totals,
                         BigDecimal totalExclVat, BigDecimal totalInclVat) {
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

    Forecast(BillingInputs inputs, Issuing issuing, RunRepository runs, SubscriptionService subscriptions,
            SubscriberService subscribers, Clock clock) {
        this.clock = clock;
        this.inputs = inputs;
        this.issuing = issuing;
        this.runs = runs;
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
    }

    /** The same, where what is not given is the default: from today, to 30 days after from. */
    @Transactional(readOnly = true)
    public Result orDefault(LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : LocalDate.now(clock);
        return between(start, to != null ? to : start.plusDays(DEFAULT_DAYS));
    }

    /** What the runs from one date to another produce, in one read-only transaction: each day from the same state. */
    @Transactional(readOnly = true)
    public Result between(LocalDate from, LocalDate to) {
        new FieldProblems()
                .check(from != null, "from", "jakarta.validation.constraints.NotNull.message")
                .check(to != null, "to", "jakarta.validation.constraints.NotNull.message")
                .throwIfAny(BadInputException::new);
        new FieldProblems()
                .check(!to.isBefore(from), "to", "error.end-before-start")
                .check(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", "error.forecast-too-long", MAX_DAYS)
                .throwIfAny(BadInputException::new);
        List<Document> all = new ArrayList<>();
        Map<Long, SubscriptionTotal> totals = new LinkedHashMap<>();
        for (long subscriptionId : subscriptions.billableIds()) {
            List<Document> produced = forecast(subscriptionId, from, to);
            all.addAll(produced);
            if (!produced.isEmpty()) {
                totals.put(subscriptionId, new SubscriptionTotal(subscriptionId, produced.getFirst().texts().subject(),
                        produced.size(), Amounts.sum(produced, d -> d.totals().totalExclVat()),
                        Amounts.sum(produced, d -> d.totals().totalInclVat())));
            }
        }
        all.sort(java.util.Comparator.comparing((Document d) -> d.dates().date())
                .thenComparing(d -> d.customer().customerName()));
        return new Result(from, to, all, List.copyOf(totals.values()),
                Amounts.sum(all, d -> d.totals().totalExclVat()), Amounts.sum(all, d -> d.totals().totalInclVat()));
    }

    private List<Document> forecast(long subscriptionId, LocalDate from, LocalDate to) {
        SubscriptionTerms terms = inputs.terms(subscriptionId);
        List<Subscriber> slice = new ArrayList<>();
        for (long[] range : subscribers.idRanges(subscriptionId, Integer.MAX_VALUE)) {
            slice.addAll(subscribers.between(subscriptionId, range[0], range[1]));
        }
        // Something can only fall due on the first day, a run date of the frequency, or a subscriber's start.
        TreeSet<LocalDate> days = new TreeSet<>(Recurrence.between(terms.periods().frequency(), from, to));
        days.add(from);
        slice.stream().map(s -> s.dates().startDate()).filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to))
                .forEach(days::add);
        // What the days before have billed, in memory, over what is saved (read once per year and once).
        Map<BilledState.Key, BilledState> billed = new HashMap<>();
        Map<Integer, Map<BilledState.Key, BilledState>> savedByYear = new HashMap<>();
        Set<Drafting.OneTime> oneTime = new HashSet<>();
        if (terms.lines().stream().anyMatch(OrderLine::oneTime)) {
            oneTime.addAll(runs.oneTimeBilled(slice.stream().map(Subscriber::id).toList()));
        }
        List<Document> produced = new ArrayList<>();
        for (LocalDate day : days) {
            Map<BilledState.Key, BilledState> known = new HashMap<>();
            Drafting.Slice input = inputs.slice(terms, slice, keys -> {
                known.putAll(savedByYear.computeIfAbsent(day.getYear(), year -> issuing.billed(keys, year)));
                known.putAll(billed);
                return known;
            }, ids -> oneTime);
            Drafting.Result result = inputs.draft(terms, input, day, null);
            oneTime.addAll(result.oneTime());
            for (Draft draft : result.drafts()) {
                Document d = draft.unnumbered();
                produced.add(d);
                BilledState.Key key = new BilledState.Key(d.origin().subscriberId(), d.customer().customerId());
                billed.put(key, billed.getOrDefault(key, known.getOrDefault(key, BilledState.NOTHING))
                        .plus(d.dates().periodEnd()));
            }
        }
        return produced;
    }
}

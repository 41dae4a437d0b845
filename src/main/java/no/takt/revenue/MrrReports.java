package no.takt.revenue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.documents.DocumentService;
import no.takt.revenue.core.Mrr;
import no.takt.subscriptions.Frequency;
import no.takt.subscriptions.FrequencyService;
import no.takt.subscriptions.SubscriptionService;
import org.springframework.stereotype.Service;

/**
 * The MRR report (PRODUCT.md §9): the subscribers' invoices touching the months read once,
 * subscriber by subscriber, each made monthly by its subscription's frequency ({@link Mrr}).
 */
@Service
public class MrrReports {

    private final DocumentService documents;
    private final SubscriptionService subscriptions;
    private final FrequencyService frequencies;
    private final java.time.Clock clock;

    MrrReports(DocumentService documents, SubscriptionService subscriptions, FrequencyService frequencies,
            java.time.Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.subscriptions = subscriptions;
        this.frequencies = frequencies;
    }

    public record Result(YearMonth from, YearMonth to, List<Mrr.Item> items) {
    }

    public Result report(YearMonth from, YearMonth to) {
        return report(from, to, null);
    }

    /** The same for one subscription (null: all). */
    public Result report(YearMonth from, YearMonth to, Long subscriptionId) {
        RevenueReports.checkMonths(from, to);
        Mrr mrr = new Mrr(from, to, java.time.LocalDate.now(clock));
        Map<Long, Optional<Frequency>> bySubscription = new HashMap<>();
        List<Mrr.Invoice> invoices = new ArrayList<>();
        List<Long> monthly = new ArrayList<>();
        long[] key = {-1, -1};
        Runnable flush = () -> {
            if (!invoices.isEmpty()) {
                mrr.subscriber(List.copyOf(invoices), monthly.stream().mapToLong(Long::longValue).toArray());
                invoices.clear();
                monthly.clear();
            }
        };
        documents.eachRecurringInvoice(from.minusMonths(1).atEndOfMonth(), to.atEndOfMonth(), subscriptionId, invoice -> {
            if (invoice.subscriberId() != key[0] || invoice.customerId() != key[1]) {
                flush.run();
                key[0] = invoice.subscriberId();
                key[1] = invoice.customerId();
            }
            Optional<Frequency> frequency = bySubscription.computeIfAbsent(invoice.subscriptionId(), id -> subscriptions
                    .find(id).map(s -> s.settings().basis().frequencyId()).flatMap(frequencies::find));
            Mrr.Invoice i = new Mrr.Invoice(invoice.periodStart(), invoice.periodEnd(), invoice.partPeriod(),
                    invoice.recurring());
            invoices.add(i);
            monthly.add(Mrr.monthly(i, frequency.map(Frequency::unit).orElse(null),
                    frequency.map(Frequency::interval).orElse(1)));
        });
        flush.run();
        return new Result(from, to, mrr.items());
    }
}

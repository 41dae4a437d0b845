package no.takt.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.billing.BillingRun;
import no.takt.billing.BillingRunService;
import no.takt.billing.Forecast;
import no.takt.delivery.Deliveries;
import no.takt.delivery.Delivery;
import no.takt.documents.DocumentService;
import no.takt.documents.Receivables;
import no.takt.documents.SalesOrders;
import no.takt.payments.Payment;
import no.takt.payments.Payments;
import no.takt.platform.web.PageQuery;
import no.takt.subscriptions.SubscriptionService;
import org.springframework.stereotype.Service;

/**
 * The start page's figures (issue 10), each from the module that owns it. What is quick to count
 * comes at once; the next run's forecast and the months ahead are worked out by the forecast, and
 * the page asks for them separately so that it never waits for them.
 */
@Service
public class Dashboard {

    /** Months of history and of forecast in the chart. */
    static final int PAST_MONTHS = 12;
    static final int COMING_MONTHS = 3;

    private static final PageQuery FIRST = new PageQuery(0, 1, null, null);

    private final BillingRunService runs;
    private final Forecast forecast;
    private final SubscriptionService subscriptions;
    private final SalesOrders orders;
    private final DocumentService documents;
    private final Receivables receivables;
    private final Deliveries deliveries;
    private final Payments payments;
    private final no.takt.revenue.RevenueReports revenue;
    private final no.takt.revenue.MrrReports recurring;
    private final Clock clock;

    Dashboard(BillingRunService runs, Forecast forecast, SubscriptionService subscriptions, SalesOrders orders,
            DocumentService documents, Receivables receivables, Deliveries deliveries, Payments payments,
            no.takt.revenue.RevenueReports revenue, no.takt.revenue.MrrReports recurring, Clock clock) {
        this.revenue = revenue;
        this.recurring = recurring;
        this.runs = runs;
        this.forecast = forecast;
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.documents = documents;
        this.receivables = receivables;
        this.deliveries = deliveries;
        this.payments = payments;
        this.clock = clock;
    }

    /** What waits for a person, and the last run. */
    public record Waiting(Optional<BillingRun> lastRun, long salesOrders, long runsToApprove,
                          Count failedDeliveries, long printQueue, Count unmatchedPayments,
                          Receivables.OpenTotals receivables) {

        public boolean nothing() {
            return salesOrders == 0 && runsToApprove == 0 && failedDeliveries.value() == 0 && printQueue == 0
                    && unmatchedPayments.value() == 0;
        }
    }

    /** A count from a list's first page: exact, or at least {@code value} (decision 0014 counts so far and no more). */
    public record Count(long value, boolean exact) {
        static Count of(no.takt.platform.web.Page<?> page) {
            return new Count(page.totalItems(), page.totalExact());
        }
    }

    public Waiting waiting() {
        return new Waiting(runs.list(FIRST).items().stream().findFirst(), orders.openOrderCount(),
                runs.waitingForApproval(), Count.of(deliveries.list(null, Delivery.Status.FAILED, FIRST)),
                deliveries.printQueue().waiting(),
                Count.of(payments.list(new Payments.Filter(Payment.Status.UNMATCHED, null, null, null, null, null),
                        FIRST)), receivables.totals(LocalDate.now(clock)));
    }

    /** The next run: its date and what the forecast says it bills then. */
    public record NextRun(LocalDate date, long documents, BigDecimal totalExclVat, BigDecimal totalInclVat) {
    }

    public Optional<NextRun> nextRun() {
        return subscriptions.nextRunDate().map(date -> {
            Forecast.Result day = forecast.between(date, date, null, FIRST);
            return new NextRun(date, day.totalItems(), day.totalExclVat(), day.totalInclVat());
        });
    }

    /**
     * One month of the chart: billed (past and this month so far) with the revenue recognised in it,
     * or forecast (the coming months; nothing recognised yet).
     */
    public record Month(YearMonth month, BigDecimal amount, BigDecimal recognised, BigDecimal mrr, boolean forecast) {
    }

    /**
     * Billed excl. VAT per month over the last twelve months and this one, with the revenue
     * recognised in each (in the organisation's currency), then the forecast of the three coming
     * months (this month's remaining days are not forecast: the chart shows what is billed).
     */
    public List<Month> months() {
        LocalDate today = LocalDate.now(clock);
        YearMonth now = YearMonth.from(today);
        Map<YearMonth, BigDecimal> billed = documents.billedPerMonth(now.minusMonths(PAST_MONTHS), now);
        Map<YearMonth, BigDecimal> recognised = new java.util.HashMap<>();
        revenue.report(now.minusMonths(PAST_MONTHS), now, null).items()
                .forEach(i -> recognised.merge(i.month(), i.recognised(), BigDecimal::add));
        Map<YearMonth, BigDecimal> mrr = new java.util.HashMap<>();
        recurring.report(now.minusMonths(PAST_MONTHS), now).items().forEach(i -> mrr.put(i.month(), i.mrr()));
        List<Month> months = new ArrayList<>();
        for (int i = PAST_MONTHS; i >= 0; i--) {
            YearMonth m = now.minusMonths(i);
            months.add(new Month(m, billed.getOrDefault(m, BigDecimal.ZERO.setScale(2)),
                    recognised.getOrDefault(m, BigDecimal.ZERO.setScale(2)), mrr.get(m), false));
        }
        for (int i = 1; i <= COMING_MONTHS; i++) {
            YearMonth m = now.plusMonths(i);
            months.add(new Month(m, forecast.between(m.atDay(1), m.atEndOfMonth(), null, FIRST).totalExclVat(),
                    null, null, true));
        }
        return months;
    }
}

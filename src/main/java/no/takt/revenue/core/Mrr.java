package no.takt.revenue.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.takt.time.RecurrenceUnit;

/**
 * Subscription analytics (PRODUCT.md §9): monthly recurring revenue. A subscriber's MRR in a month
 * is the recurring amount (excl. VAT, one-time lines left out, less what credit notes credited of
 * it) of its invoice whose period covers the month's last day — for the month not over yet, today;
 * for months to come, today's as far as known (no movements) — made monthly by its frequency — yearly ÷ 12, quarterly ÷ 3, weekly × 52 ÷
 * 12, daily × 365 ÷ 12 (every n units: ÷ n) — or, for a part period, by its days (× 365 ÷ 12 ÷
 * days). From one month to the next a subscriber's MRR is new (from nothing), expansion (up),
 * contraction (down) or churned (to nothing); the churn rate is the subscribers churned over those
 * active at the month's start. ARR is 12 × MRR. Pure: amounts in øre as whole numbers.
 */
public final class Mrr {

    /** One month of the report. */
    public record Item(YearMonth month, BigDecimal mrr, BigDecimal arr, BigDecimal newMrr, BigDecimal expansionMrr,
                       BigDecimal contractionMrr, BigDecimal churnedMrr, long activeSubscribers, BigDecimal churnRate) {
    }

    /** An invoice as MRR sees it: its period, whether it is a part period, and its recurring amount. */
    public record Invoice(LocalDate periodStart, LocalDate periodEnd, boolean partPeriod, BigDecimal recurring) {
    }

    private final YearMonth from;
    private final int months;
    private final LocalDate asOf;
    /** Per month (0: the month before {@code from}): MRR, new, expansion, contraction, churned, active, churned count. */
    private final long[][] totals;

    /** The months from–to as known on {@code asOf} (a month is measured on its last day or on asOf, whichever is first). */
    public Mrr(YearMonth from, YearMonth to, LocalDate asOf) {
        this.from = from;
        this.asOf = asOf;
        this.months = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        this.totals = new long[months + 1][7];
    }

    /** The invoice's recurring amount a month, in øre. */
    public static long monthly(Invoice invoice, RecurrenceUnit unit, int interval) {
        long amount = invoice.recurring().setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        if (invoice.partPeriod() || unit == null) {
            long days = ChronoUnit.DAYS.between(invoice.periodStart(), invoice.periodEnd()) + 1;
            return Recognition.roundedShare(amount * 365, 1, 12 * days);
        }
        int n = Math.max(1, interval);
        return switch (unit) {
            case DAY -> Recognition.roundedShare(amount * 365, 1, 12L * n);
            case WEEK -> Recognition.roundedShare(amount * 52, 1, 12L * n);
            case MONTH -> Recognition.roundedShare(amount, 1, n);
            case YEAR -> Recognition.roundedShare(amount, 1, 12L * n);
        };
    }

    /**
     * Adds one subscriber: its invoices (any order) with their monthly amounts already worked out
     * ({@code monthly[i]} for {@code invoices[i]}). A month's MRR is that of the latest-starting
     * invoice covering its last day.
     */
    public void subscriber(List<Invoice> invoices, long[] monthly) {
        long previous = 0;
        for (int slot = 0; slot <= months; slot++) {
            LocalDate monthEnd = from.plusMonths(slot - 1).atEndOfMonth();
            LocalDate end = monthEnd.isAfter(asOf) ? asOf : monthEnd;
            long mrr = 0;
            LocalDate latest = null;
            for (int i = 0; i < invoices.size(); i++) {
                Invoice inv = invoices.get(i);
                if (!inv.periodStart().isAfter(end) && !inv.periodEnd().isBefore(end)
                        && (latest == null || inv.periodStart().isAfter(latest))) {
                    latest = inv.periodStart();
                    mrr = monthly[i];
                }
            }
            long[] t = totals[slot];
            t[0] += mrr;
            if (mrr > 0) {
                t[5]++;
            }
            if (slot > 0) {
                if (previous == 0 && mrr > 0) {
                    t[1] += mrr;
                } else if (previous > 0 && mrr == 0) {
                    t[4] += previous;
                    t[6]++;
                } else if (mrr > previous) {
                    t[2] += mrr - previous;
                } else if (mrr < previous) {
                    t[3] += previous - mrr;
                }
            }
            previous = mrr;
        }
    }

    /** The months, each with its MRR, ARR, movements, active subscribers and churn rate (a share, 4 decimals). */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (int slot = 1; slot <= months; slot++) {
            long[] t = totals[slot];
            long activeBefore = totals[slot - 1][5];
            BigDecimal churnRate = activeBefore == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(t[6]).divide(BigDecimal.valueOf(activeBefore), 4, RoundingMode.HALF_UP);
            items.add(new Item(from.plusMonths(slot - 1), money(t[0]), money(t[0] * 12), money(t[1]), money(t[2]),
                    money(t[3]), money(t[4]), t[5], churnRate));
        }
        return items;
    }

    private static BigDecimal money(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }
}

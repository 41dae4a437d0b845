package no.takt.revenue.core;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The revenue report of months {@code from}–{@code to} (PRODUCT.md §9), added up line by line: per
 * month and sales account what was billed (by document date), what is recognised, and the deferred
 * revenue at the start and end of the month — opening + billed − recognised = closing, to the øre;
 * the opening of the first month is everything billed before it less everything recognised before
 * it. And the waterfall: of what was billed in a month of the range, how much is recognised in each
 * month of the range, and after it.
 *
 * <p>Lines are added with a count (identical lines recognise identically, so the source may group
 * them). A line recognised before it was billed (billed in arrears) makes the deferred balance
 * negative until it is billed: revenue earned, not yet invoiced.
 */
public final class RevenueReport {

    /** One month and account of the report. */
    public record Item(YearMonth month, String salesAccount, BigDecimal billed, BigDecimal recognised,
                       BigDecimal deferredOpening, BigDecimal deferredClosing) {
    }

    /**
     * What the lines billed in one month recognise in each month of the range, before it
     * ({@code earlier}: billed in arrears) and after it ({@code later}): they add up to {@code billed}.
     */
    public record WaterfallRow(YearMonth billedMonth, BigDecimal billed, BigDecimal earlier,
                               Map<YearMonth, BigDecimal> recognised, BigDecimal later) {
    }

    private final YearMonth from;
    private final YearMonth to;
    /** Per account: øre billed and recognised before the range, and per month of the range. */
    private final Map<String, long[]> billed = new TreeMap<>();
    private final Map<String, long[]> recognised = new TreeMap<>();
    /** Per billed month of the range: øre recognised before the range (slot 0), in its months, after it (last). */
    private final long[][] waterfall;
    private final int months;

    public RevenueReport(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        this.from = from;
        this.to = to;
        this.months = (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        this.waterfall = new long[months][months + 2];
    }

    /** Index in the arrays: 0 before the range, 1.. for its months, -1 after it. */
    private int slot(YearMonth m) {
        if (m.isBefore(from)) {
            return 0;
        }
        return m.isAfter(to) ? -1 : (int) from.until(m, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /** Adds {@code count} identical lines of the sales account. */
    public void add(Recognition.Line line, String salesAccount, long count) {
        String account = salesAccount == null ? "" : salesAccount;
        int billedSlot = slot(YearMonth.from(line.date()));
        if (billedSlot < 0) {
            return;
        }
        long amount = line.amount().setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact();
        billed.computeIfAbsent(account, a -> new long[months + 1])[billedSlot] += amount * count;
        long[] in = recognised.computeIfAbsent(account, a -> new long[months + 1]);
        for (Recognition.Share share : Recognition.of(line)) {
            int s = slot(share.month());
            if (s >= 0) {
                in[s] += share.minor() * count;
            }
            if (billedSlot > 0) {
                waterfall[billedSlot - 1][s < 0 ? months + 1 : s] += share.minor() * count;
            }
        }
    }

    /** The items, month by month and account by account; months and accounts with nothing are left out. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        java.util.Set<String> accounts = new java.util.TreeSet<>(billed.keySet());
        accounts.addAll(recognised.keySet());
        Map<String, Long> balance = new TreeMap<>();
        for (String a : accounts) {
            balance.put(a, at(billed, a, 0) - at(recognised, a, 0));
        }
        for (int i = 1; i <= months; i++) {
            for (String a : accounts) {
                long opening = balance.get(a);
                long b = at(billed, a, i);
                long r = at(recognised, a, i);
                long closing = opening + b - r;
                balance.put(a, closing);
                if (opening != 0 || b != 0 || r != 0 || closing != 0) {
                    items.add(new Item(from.plusMonths(i - 1), a, money(b), money(r), money(opening), money(closing)));
                }
            }
        }
        return items;
    }

    /** The waterfall, a row per month of the range in which something was billed. */
    public List<WaterfallRow> waterfall() {
        List<WaterfallRow> rows = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            long billedInMonth = 0;
            for (long[] perAccount : billed.values()) {
                billedInMonth += perAccount[i + 1];
            }
            Map<YearMonth, BigDecimal> cells = new TreeMap<>();
            for (int j = 1; j <= months; j++) {
                if (waterfall[i][j] != 0) {
                    cells.put(from.plusMonths(j - 1), money(waterfall[i][j]));
                }
            }
            if (billedInMonth != 0 || !cells.isEmpty()) {
                rows.add(new WaterfallRow(from.plusMonths(i), money(billedInMonth), money(waterfall[i][0]), cells,
                        money(waterfall[i][months + 1])));
            }
        }
        return rows;
    }

    private static long at(Map<String, long[]> map, String account, int slot) {
        long[] values = map.get(account);
        return values == null ? 0 : values[slot];
    }

    private static BigDecimal money(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }
}

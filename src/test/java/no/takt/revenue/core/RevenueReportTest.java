package no.takt.revenue.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RevenueReportTest {

    private static Recognition.Line line(String amount, String date, String start, String end, boolean credit) {
        return new Recognition.Line(new BigDecimal(amount), LocalDate.parse(date),
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), credit);
    }

    /**
     * A yearly 12 000 from 15 January 2026 on 3000, a 499 monthly licence on 3010 twice, and a credit
     * of 3 000 on 15 July of the yearly invoice. The year 2026, month by month.
     */
    @Test
    void billedRecognisedAndDeferredPerMonthAndAccount() {
        RevenueReport report = new RevenueReport(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        report.add(line("12000.00", "2026-01-15", "2026-01-15", "2027-01-14", false), "3000", 1);
        report.add(line("499.00", "2026-01-01", "2026-01-01", "2026-01-31", false), "3010", 2);
        report.add(line("-3000.00", "2026-07-15", "2026-01-15", "2027-01-14", true), "3000", 1);
        List<RevenueReport.Item> items = report.items();
        RevenueReport.Item january = items.stream().filter(i -> i.month().equals(YearMonth.of(2026, 1))
                && i.salesAccount().equals("3000")).findFirst().orElseThrow();
        assertThat(january.billed()).isEqualByComparingTo("12000.00");
        assertThat(january.recognised()).isEqualByComparingTo("558.90");
        assertThat(january.deferredOpening()).isEqualByComparingTo("0.00");
        assertThat(january.deferredClosing()).isEqualByComparingTo("11441.10");
        RevenueReport.Item licence = items.stream().filter(i -> i.salesAccount().equals("3010")).findFirst()
                .orElseThrow();
        assertThat(licence.billed()).isEqualByComparingTo("998.00");
        assertThat(licence.recognised()).isEqualByComparingTo("998.00");
        assertThat(licence.deferredClosing()).isEqualByComparingTo("0.00");
        RevenueReport.Item july = items.stream().filter(i -> i.month().equals(YearMonth.of(2026, 7))
                && i.salesAccount().equals("3000")).findFirst().orElseThrow();
        // the credit of 3 000 over 15.07.2026–14.01.2027 (184 days): July's 17 days are −277.17
        assertThat(july.billed()).isEqualByComparingTo("-3000.00");
        assertThat(july.recognised()).isEqualByComparingTo(new BigDecimal("1019.18").subtract(new BigDecimal("277.17")));
        RevenueReport.Item december = items.stream().filter(i -> i.month().equals(YearMonth.of(2026, 12))
                && i.salesAccount().equals("3000")).findFirst().orElseThrow();
        // what is left for January 2027: 460.27 of the invoice less the credit's last share (its rounding remainder)
        assertThat(december.deferredClosing()).isEqualByComparingTo(new BigDecimal("460.27")
                .subtract(new BigDecimal("228.28")));
        List<RevenueReport.WaterfallRow> waterfall = report.waterfall();
        RevenueReport.WaterfallRow billedInJanuary = waterfall.getFirst();
        assertThat(billedInJanuary.billed()).isEqualByComparingTo("12998.00");
        assertThat(billedInJanuary.recognised().get(YearMonth.of(2026, 1))).isEqualByComparingTo("1556.90");
        assertThat(billedInJanuary.later()).isEqualByComparingTo("460.27");
    }

    @Test
    void whatWasBilledAndRecognisedBeforeTheRangeIsTheFirstOpening() {
        RevenueReport report = new RevenueReport(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
        report.add(line("900.00", "2026-01-01", "2026-01-01", "2026-03-31", false), "3000", 1);
        RevenueReport.Item march = report.items().getFirst();
        assertThat(march.billed()).isEqualByComparingTo("0.00");
        assertThat(march.deferredOpening()).isEqualByComparingTo("310.00");
        assertThat(march.recognised()).isEqualByComparingTo("310.00");
        assertThat(march.deferredClosing()).isEqualByComparingTo("0.00");
    }

    static Stream<Long> seeds() {
        return new Random(1312).longs(100).boxed();
    }

    /** For any lines: opening + billed − recognised = closing, each month's closing is the next opening, and waterfall rows add up. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theDeferredBalanceAlwaysAddsUp(long seed) {
        Random random = new Random(seed);
        RevenueReport report = new RevenueReport(YearMonth.of(2026, 1), YearMonth.of(2026, 6));
        BigDecimal billedInRange = BigDecimal.ZERO;
        for (int i = 0; i < 40; i++) {
            LocalDate start = LocalDate.of(2025, 10, 1).plusDays(random.nextInt(300));
            LocalDate end = start.plusDays(random.nextInt(400));
            boolean credit = random.nextInt(5) == 0;
            LocalDate date = credit ? start.plusDays(random.nextInt(200)) : start.minusDays(random.nextInt(20));
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 10_000_000) * (credit ? -1 : 1), 2);
            report.add(new Recognition.Line(amount, date, start, end, credit), random.nextBoolean() ? "3000" : "3100",
                    1 + random.nextInt(3));
        }
        List<RevenueReport.Item> items = report.items();
        for (RevenueReport.Item i : items) {
            assertThat(i.deferredOpening().add(i.billed()).subtract(i.recognised()))
                    .isEqualByComparingTo(i.deferredClosing());
            items.stream().filter(n -> n.salesAccount().equals(i.salesAccount()) && n.month().equals(i.month()
                    .plusMonths(1))).findFirst().ifPresent(n -> assertThat(n.deferredOpening())
                    .isEqualByComparingTo(i.deferredClosing()));
        }
        for (RevenueReport.WaterfallRow row : report.waterfall()) {
            assertThat(row.earlier().add(row.later()).add(row.recognised().values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add))).isEqualByComparingTo(row.billed());
        }
    }
}

package no.takt.revenue.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.takt.time.RecurrenceUnit;
import org.junit.jupiter.api.Test;

class MrrTest {

    private static Mrr.Invoice invoice(String start, String end, String amount) {
        return new Mrr.Invoice(LocalDate.parse(start), LocalDate.parse(end), false, new BigDecimal(amount));
    }

    @Test
    void eachFrequencyIsMadeMonthly() {
        assertThat(Mrr.monthly(invoice("2026-01-15", "2027-01-14", "12000.00"), RecurrenceUnit.YEAR, 1)).isEqualTo(100000);
        assertThat(Mrr.monthly(invoice("2026-01-01", "2026-03-31", "900.00"), RecurrenceUnit.MONTH, 3)).isEqualTo(30000);
        // weekly 100 × 52 ÷ 12 = 433,33; daily 10 × 365 ÷ 12 = 304,17
        assertThat(Mrr.monthly(invoice("2026-01-05", "2026-01-11", "100.00"), RecurrenceUnit.WEEK, 1)).isEqualTo(43333);
        assertThat(Mrr.monthly(invoice("2026-01-05", "2026-01-05", "10.00"), RecurrenceUnit.DAY, 1)).isEqualTo(30417);
        // a part period of 22 of January's days: by its days, 457,62 × 365 ÷ 12 ÷ 22 = 632,69
        assertThat(Mrr.monthly(new Mrr.Invoice(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 31), true,
                new BigDecimal("457.62")), RecurrenceUnit.MONTH, 1)).isEqualTo(63269);
    }

    /**
     * Three subscribers, February–May 2026: A pays 499 a month throughout and upgrades to 699 in
     * April; B pays 300 a month until March and then leaves; C starts in March with a yearly 1 200.
     */
    @Test
    void anUpgradeAChurnAndANewSubscriberMoveTheMrr() {
        Mrr mrr = new Mrr(YearMonth.of(2026, 2), YearMonth.of(2026, 5), LocalDate.of(2026, 12, 1));
        List<Mrr.Invoice> a = List.of(invoice("2026-01-01", "2026-01-31", "499.00"),
                invoice("2026-02-01", "2026-02-28", "499.00"), invoice("2026-03-01", "2026-03-31", "499.00"),
                invoice("2026-04-01", "2026-04-30", "699.00"), invoice("2026-05-01", "2026-05-31", "699.00"));
        mrr.subscriber(a, a.stream().mapToLong(i -> Mrr.monthly(i, RecurrenceUnit.MONTH, 1)).toArray());
        List<Mrr.Invoice> b = List.of(invoice("2026-01-01", "2026-01-31", "300.00"),
                invoice("2026-02-01", "2026-02-28", "300.00"), invoice("2026-03-01", "2026-03-31", "300.00"));
        mrr.subscriber(b, b.stream().mapToLong(i -> Mrr.monthly(i, RecurrenceUnit.MONTH, 1)).toArray());
        List<Mrr.Invoice> c = List.of(invoice("2026-03-01", "2027-02-28", "1200.00"));
        mrr.subscriber(c, new long[] {Mrr.monthly(c.getFirst(), RecurrenceUnit.YEAR, 1)});

        List<Mrr.Item> items = mrr.items();
        assertThat(items).extracting(i -> i.mrr().toPlainString()).containsExactly("799.00", "899.00", "799.00",
                "799.00");
        Mrr.Item march = items.get(1);
        assertThat(march.newMrr()).isEqualByComparingTo("100.00");
        assertThat(march.activeSubscribers()).isEqualTo(3);
        Mrr.Item april = items.get(2);
        assertThat(april.expansionMrr()).isEqualByComparingTo("200.00");
        assertThat(april.churnedMrr()).isEqualByComparingTo("300.00");
        assertThat(april.activeSubscribers()).isEqualTo(2);
        assertThat(april.churnRate()).isEqualByComparingTo("0.3333");
        assertThat(april.arr()).isEqualByComparingTo("9588.00");
        Mrr.Item february = items.getFirst();
        assertThat(february.newMrr().add(february.expansionMrr()).add(february.churnedMrr())).isEqualByComparingTo("0");
        // the MRR of one month is that of the month before with its movements
        for (int i = 1; i < items.size(); i++) {
            Mrr.Item m = items.get(i);
            assertThat(items.get(i - 1).mrr().add(m.newMrr()).add(m.expansionMrr()).subtract(m.contractionMrr())
                    .subtract(m.churnedMrr())).isEqualByComparingTo(m.mrr());
        }
    }

    /**
     * Known on 10 May 2026: a monthly subscriber billed up to May and a yearly one from March. May is
     * measured on the 10th, June and July as known then — not as churn for want of June's invoice.
     */
    @Test
    void monthsNotOverYetAreMeasuredTodayAndMonthsToComeAsKnownToday() {
        Mrr mrr = new Mrr(YearMonth.of(2026, 4), YearMonth.of(2026, 7), LocalDate.of(2026, 5, 10));
        List<Mrr.Invoice> monthly = List.of(invoice("2026-04-01", "2026-04-30", "499.00"),
                invoice("2026-05-01", "2026-05-31", "499.00"));
        mrr.subscriber(monthly, monthly.stream().mapToLong(i -> Mrr.monthly(i, RecurrenceUnit.MONTH, 1)).toArray());
        List<Mrr.Invoice> yearly = List.of(invoice("2026-03-01", "2027-02-28", "1200.00"));
        mrr.subscriber(yearly, new long[] {Mrr.monthly(yearly.getFirst(), RecurrenceUnit.YEAR, 1)});

        List<Mrr.Item> items = mrr.items();
        assertThat(items).extracting(i -> i.mrr().toPlainString()).containsExactly("599.00", "599.00", "599.00",
                "599.00");
        assertThat(items).extracting(Mrr.Item::churnedMrr).allMatch(c -> c.signum() == 0);
        assertThat(items).extracting(Mrr.Item::activeSubscribers).containsOnly(2L);
    }
}

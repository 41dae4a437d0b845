package no.takt.billing.core;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import no.takt.time.Recurrence;
import no.takt.time.RecurrenceRule;
import no.takt.time.RecurrenceUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuePeriodsTest {

    private static final RecurrenceRule MONTHLY = RecurrenceRule.monthly(1, 1, parse("2026-01-01"));

    private static BillingTerms terms(BillingTerms.Proration proration, Integer minimumDays) {
        return new BillingTerms(MONTHLY, proration, minimumDays, BillingTerms.End.FREQUENCY, null, null);
    }

    private static List<Period> due(BillingTerms terms, String start, String billedTo, String upTo) {
        return DuePeriods.due(terms, parse(start), null, billedTo == null ? null : parse(billedTo), 0, parse(upTo));
    }

    @Test
    void aMidMonthStartGetsAPartPeriodByItsShareOfTheMonth() {
        List<Period> periods = due(terms(BillingTerms.Proration.ADJUST_QUANTITY, null), "2026-01-15", null, "2026-01-15");
        assertThat(periods).containsExactly(new Period(parse("2026-01-15"), parse("2026-01-31"), 17, 31, true));
        assertThat(due(terms(BillingTerms.Proration.ADJUST_PRICE, null), "2026-01-15", null, "2026-03-01"))
                .extracting(Period::start).containsExactly(parse("2026-01-15"), parse("2026-02-01"), parse("2026-03-01"));
    }

    @Test
    void minimumInvoiceDaysFullPeriodAndNone() {
        assertThat(due(terms(BillingTerms.Proration.ADJUST_QUANTITY, 20), "2026-01-25", null, "2026-01-25").getFirst())
                .isEqualTo(new Period(parse("2026-01-25"), parse("2026-01-31"), 20, 31, true));
        assertThat(due(terms(BillingTerms.Proration.ADJUST_QUANTITY, 40), "2026-01-25", null, "2026-01-25").getFirst()
                .chargedDays()).isEqualTo(31);
        assertThat(due(terms(BillingTerms.Proration.FULL_PERIOD, null), "2026-01-25", null, "2026-01-25").getFirst())
                .isEqualTo(new Period(parse("2026-01-25"), parse("2026-01-31"), 31, 31, true));
        assertThat(due(terms(BillingTerms.Proration.NONE, null), "2026-01-25", null, "2026-01-31")).isEmpty();
        assertThat(due(terms(BillingTerms.Proration.NONE, null), "2026-01-25", null, "2026-02-01"))
                .containsExactly(new Period(parse("2026-02-01"), parse("2026-02-28"), 28, 28, false));
    }

    @Test
    void weeklyAndDailyNeverProrate() {
        RecurrenceRule weekly = new RecurrenceRule(RecurrenceUnit.WEEK, 1, null, DayOfWeek.MONDAY, null,
                parse("2026-01-05"), null, null);
        BillingTerms t = new BillingTerms(weekly, BillingTerms.Proration.ADJUST_QUANTITY, null, BillingTerms.End.FREQUENCY,
                null, null);
        assertThat(DuePeriods.due(t, parse("2026-01-07"), null, null, 0, parse("2026-01-19")))
                .containsExactly(new Period(parse("2026-01-12"), parse("2026-01-18"), 7, 7, false),
                        new Period(parse("2026-01-19"), parse("2026-01-25"), 7, 7, false));
    }

    @Test
    void catchUpBillsEveryMissedPeriodOnceAndARepeatBillsNothing() {
        BillingTerms t = terms(BillingTerms.Proration.ADJUST_QUANTITY, null);
        assertThat(due(t, "2026-01-01", "2026-01-31", "2026-04-10")).extracting(Period::start)
                .containsExactly(parse("2026-02-01"), parse("2026-03-01"), parse("2026-04-01"));
        assertThat(due(t, "2026-01-01", "2026-04-30", "2026-04-10")).isEmpty();
    }

    @Test
    void periodsStopAtEveryEnd() {
        BillingTerms byDate = new BillingTerms(MONTHLY, BillingTerms.Proration.ADJUST_QUANTITY, null,
                BillingTerms.End.DATE, parse("2026-03-15"), null);
        assertThat(DuePeriods.due(byDate, parse("2026-01-01"), null, null, 0, parse("2026-12-31")))
                .extracting(Period::start).containsExactly(parse("2026-01-01"), parse("2026-02-01"), parse("2026-03-01"));
        BillingTerms byRuns = new BillingTerms(MONTHLY, BillingTerms.Proration.ADJUST_QUANTITY, null,
                BillingTerms.End.AFTER_RUNS, null, 3);
        assertThat(DuePeriods.due(byRuns, parse("2026-01-15"), null, null, 0, parse("2026-12-31")))
                .extracting(Period::start).containsExactly(parse("2026-01-15"), parse("2026-02-01"), parse("2026-03-01"));
        assertThat(DuePeriods.due(byRuns, parse("2026-01-15"), null, parse("2026-02-28"), 2, parse("2026-12-31")))
                .extracting(Period::start).containsExactly(parse("2026-03-01"));
        assertThat(DuePeriods.due(terms(BillingTerms.Proration.NONE, null), parse("2026-01-01"), parse("2026-02-01"),
                null, 0, parse("2026-12-31"))).extracting(Period::start).containsExactly(parse("2026-01-01"),
                parse("2026-02-01"));
        BillingTerms frequencyEnds = new BillingTerms(MONTHLY.times(2), BillingTerms.Proration.NONE, null,
                BillingTerms.End.FREQUENCY, null, null);
        assertThat(DuePeriods.due(frequencyEnds, parse("2026-01-01"), null, null, 0, parse("2026-12-31")))
                .extracting(Period::end).containsExactly(parse("2026-01-31"), parse("2026-02-28"));
    }

    @Test
    void aStartLongBeforeTheFrequencyIsNeverMoreThanOnePeriod() {
        RecurrenceRule fromMarch = RecurrenceRule.monthly(1, 1, parse("2026-03-01"));
        BillingTerms t = new BillingTerms(fromMarch, BillingTerms.Proration.ADJUST_QUANTITY, null,
                BillingTerms.End.FREQUENCY, null, null);
        assertThat(DuePeriods.due(t, parse("2025-11-20"), null, null, 0, parse("2026-02-10")).getFirst())
                .isEqualTo(new Period(parse("2026-02-01"), parse("2026-02-28"), 28, 28, true));
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 250).boxed();
    }

    private static BillingTerms randomTerms(Random random) {
        RecurrenceUnit unit = RecurrenceUnit.values()[random.nextInt(4)];
        LocalDate start = parse("2025-01-01").plusDays(random.nextInt(400));
        Integer day = null;
        Integer month = null;
        if (unit == RecurrenceUnit.MONTH) {
            day = random.nextInt(5) == 0 ? -1 : 1 + random.nextInt(31);
        } else if (unit == RecurrenceUnit.YEAR) {
            day = 1 + random.nextInt(28);
            month = 1 + random.nextInt(12);
        }
        RecurrenceRule rule = new RecurrenceRule(unit, 1 + random.nextInt(3), day, null, month, start,
                random.nextInt(4) == 0 ? start.plusDays(random.nextInt(900)) : null, null);
        BillingTerms.End end = BillingTerms.End.values()[random.nextInt(3)];
        return new BillingTerms(rule, BillingTerms.Proration.values()[random.nextInt(4)],
                random.nextInt(3) == 0 ? 1 + random.nextInt(40) : null, end,
                end == BillingTerms.End.DATE ? start.plusDays(random.nextInt(900)) : null,
                end == BillingTerms.End.AFTER_RUNS ? 1 + random.nextInt(10) : null);
    }

    /**
     * For any sequence of run dates: the billed periods are contiguous and do not overlap, each
     * starts by the run that bills it, the end criterion holds, running again changes nothing, and
     * the result is the same as one catch-up run on the last date.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void anySequenceOfRunsBillsContiguousPeriodsExactlyOnce(long seed) {
        Random random = new Random(seed);
        BillingTerms terms = randomTerms(random);
        LocalDate start = terms.frequency().start().plusDays(random.nextInt(120) - 30);
        LocalDate subscriberEnd = random.nextInt(4) == 0 ? start.plusDays(random.nextInt(700)) : null;
        List<Period> billed = new ArrayList<>();
        LocalDate runDate = start.minusDays(random.nextInt(10));
        for (int run = 0; run < 25; run++) {
            runDate = runDate.plusDays(random.nextInt(60));
            LocalDate billedTo = billed.isEmpty() ? null : billed.getLast().end();
            List<Period> due = DuePeriods.due(terms, start, subscriberEnd, billedTo, billed.size(), runDate);
            for (Period p : due) {
                assertThat(p.start()).isBeforeOrEqualTo(runDate);
                assertThat(p.end()).isAfterOrEqualTo(p.start());
            }
            billed.addAll(due);
            LocalDate after = billed.isEmpty() ? null : billed.getLast().end();
            assertThat(DuePeriods.due(terms, start, subscriberEnd, after, billed.size(), runDate)).isEmpty();
        }
        for (int i = 1; i < billed.size(); i++) {
            assertThat(billed.get(i).start()).isEqualTo(billed.get(i - 1).end().plusDays(1));
            assertThat(billed.get(i).partPeriod()).isFalse();
        }
        for (Period p : billed) {
            if (subscriberEnd != null) {
                assertThat(p.start()).isBeforeOrEqualTo(subscriberEnd);
            }
            if (terms.end() == BillingTerms.End.DATE) {
                assertThat(p.start()).isBeforeOrEqualTo(terms.endDate());
            }
            if (!p.partPeriod()) {
                assertThat(Recurrence.next(terms.frequency(), p.start())).contains(p.start());
            }
        }
        if (terms.end() == BillingTerms.End.AFTER_RUNS) {
            assertThat(billed.size()).isLessThanOrEqualTo(terms.endRuns());
        }
        assertThat(DuePeriods.due(terms, start, subscriberEnd, null, 0, runDate)).isEqualTo(billed);
    }

    /** A prorated part period never costs more than the days it covers, unless a minimum or full-period rule says so. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aPartPeriodIsChargedForTheDaysItCovers(long seed) {
        Random random = new Random(seed + 5000);
        BillingTerms random0 = randomTerms(random);
        BillingTerms terms = new BillingTerms(RecurrenceRule.monthly(1 + random.nextInt(3), 1 + random.nextInt(31),
                random0.frequency().start()), random.nextBoolean() ? BillingTerms.Proration.ADJUST_QUANTITY
                : BillingTerms.Proration.ADJUST_PRICE, null, BillingTerms.End.FREQUENCY, null, null);
        LocalDate start = terms.frequency().start().plusDays(1 + random.nextInt(200));
        List<Period> due = DuePeriods.due(terms, start, null, null, 0, start.plusYears(1));
        Period first = due.getFirst();
        if (first.partPeriod()) {
            assertThat(first.chargedDays()).isEqualTo((int) ChronoUnit.DAYS.between(first.start(), first.end()) + 1);
            assertThat(first.chargedDays()).isLessThan(first.periodDays());
            assertThat(first.share()).isLessThan(java.math.BigDecimal.ONE);
        }
        assertThat(due.stream().filter(p -> !p.partPeriod())).allSatisfy(p -> assertThat(p.full()).isTrue());
    }
}

package no.takt.time;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecurrenceTest {

    private static final LocalDate FAR = parse("2040-12-31");

    @Test
    void monthEndAnchorsNeverDrift() {
        RecurrenceRule rule = RecurrenceRule.monthly(1, 31, parse("2026-01-31"));
        assertThat(Recurrence.between(rule, parse("2026-01-01"), parse("2026-05-31"))).containsExactly(
                parse("2026-01-31"), parse("2026-02-28"), parse("2026-03-31"), parse("2026-04-30"), parse("2026-05-31"));
        assertThat(Recurrence.between(RecurrenceRule.monthly(1, 30, parse("2028-01-30")), parse("2028-02-01"),
                parse("2028-03-31"))).containsExactly(parse("2028-02-29"), parse("2028-03-30"));
    }

    @Test
    void lastDayOfEveryThirdMonth() {
        RecurrenceRule rule = RecurrenceRule.monthly(3, RecurrenceRule.LAST_DAY, parse("2026-01-15"));
        assertThat(Recurrence.between(rule, parse("2026-01-01"), parse("2026-12-31")))
                .containsExactly(parse("2026-01-31"), parse("2026-04-30"), parse("2026-07-31"), parse("2026-10-31"));
    }

    @Test
    void aStartAfterTheAnchorBeginsInTheNextPeriodOfThePattern() {
        RecurrenceRule rule = RecurrenceRule.monthly(3, 1, parse("2026-01-15"));
        assertThat(Recurrence.next(rule, parse("2026-01-01"))).contains(parse("2026-04-01"));
        RecurrenceRule weekly = new RecurrenceRule(RecurrenceUnit.WEEK, 2, null, DayOfWeek.MONDAY, null,
                parse("2026-11-25"), null, null);
        assertThat(Recurrence.between(weekly, parse("2026-11-01"), parse("2026-12-31")))
                .containsExactly(parse("2026-12-07"), parse("2026-12-21"));
    }

    @Test
    void yearlyOnTheTwentyNinthOfFebruaryFallsOnTheTwentyEighthInOtherYears() {
        RecurrenceRule rule = new RecurrenceRule(RecurrenceUnit.YEAR, 1, 29, null, 2, parse("2028-02-29"), null, null);
        assertThat(Recurrence.between(rule, parse("2028-01-01"), parse("2030-12-31")))
                .containsExactly(parse("2028-02-29"), parse("2029-02-28"), parse("2030-02-28"));
    }

    @Test
    void endsOnADateOrAfterSoManyOccurrences() {
        RecurrenceRule daily = new RecurrenceRule(RecurrenceUnit.DAY, 10, null, null, null, parse("2026-01-01"),
                null, 3);
        assertThat(Recurrence.between(daily, parse("2026-01-01"), FAR))
                .containsExactly(parse("2026-01-01"), parse("2026-01-11"), parse("2026-01-21"));
        assertThat(Recurrence.next(daily, parse("2026-01-22"))).isEmpty();
        RecurrenceRule untilMay = RecurrenceRule.monthly(1, 1, parse("2026-01-01")).until(parse("2026-05-01"));
        assertThat(Recurrence.between(untilMay, parse("2026-01-01"), FAR)).hasSize(5).last().isEqualTo(parse("2026-05-01"));
        assertThat(Recurrence.previous(untilMay, parse("2026-03-15"))).contains(parse("2026-03-01"));
        assertThat(Recurrence.previous(untilMay, parse("2026-01-01"))).isEmpty();
    }

    @Test
    void rejectsRulesThatCannotBe() {
        assertThatThrownBy(() -> RecurrenceRule.monthly(0, 1, parse("2026-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecurrenceRule(RecurrenceUnit.YEAR, 1, 30, null, 2, parse("2026-01-01"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecurrenceRule.monthly(1, 1, parse("2026-01-01")).until(parse("2027-01-01")).times(3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesRrulesAndSummaries() {
        RecurrenceRule lastDay = RecurrenceRule.monthly(3, RecurrenceRule.LAST_DAY, parse("2026-01-01"));
        assertThat(RRule.of(lastDay)).isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1");
        assertThat(RRule.of(RecurrenceRule.monthly(1, 30, parse("2026-01-01")).times(12)))
                .isEqualTo("FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30;BYSETPOS=-1;COUNT=12");
        assertThat(RecurrenceSummary.of(RecurrenceRule.monthly(1, 1, parse("2026-01-01")), "en"))
                .isEqualTo("Every month on day 1, from 2026-01-01");
        assertThat(RecurrenceSummary.of(RecurrenceRule.monthly(1, 1, parse("2026-01-01")), "nb"))
                .isEqualTo("Hver måned den 1., fra 2026-01-01");
        assertThat(RecurrenceSummary.of(lastDay, "en")).startsWith("Every 3 months on the last day");
        assertThat(RecurrenceSummary.of(lastDay.times(4), "da"))
                .isEqualTo("Hver 3. måned den sidste dag, fra 2026-01-01, 4 gange");
        RecurrenceRule weekly = new RecurrenceRule(RecurrenceUnit.WEEK, 2, null, DayOfWeek.MONDAY, null,
                parse("2026-01-05"), parse("2026-06-30"), null);
        assertThat(RecurrenceSummary.of(weekly, "nb")).isEqualTo("Hver 2. uke på mandag, fra 2026-01-05, til 2026-06-30");
        assertThat(RecurrenceSummary.of(weekly, "da")).startsWith("Hver 2. uge om mandagen");
        assertThat(RecurrenceSummary.of(weekly, "en")).startsWith("Every 2 weeks on Monday");
        RecurrenceRule yearly = new RecurrenceRule(RecurrenceUnit.YEAR, 1, 1, null, 1, parse("2026-01-01"), null, null);
        assertThat(RecurrenceSummary.of(yearly, "en")).startsWith("Every year on 1 January");
        assertThat(RecurrenceSummary.of(yearly, "nb")).startsWith("Hvert år den 1. januar");
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    /** A random rule: any unit, interval 1-4, any anchor, and sometimes an end. */
    static RecurrenceRule randomRule(Random random) {
        RecurrenceUnit unit = RecurrenceUnit.values()[random.nextInt(4)];
        LocalDate start = parse("2024-01-01").plusDays(random.nextInt(1500));
        Integer month = unit == RecurrenceUnit.YEAR && random.nextBoolean() ? 1 + random.nextInt(12) : null;
        Integer day = null;
        if ((unit == RecurrenceUnit.MONTH || unit == RecurrenceUnit.YEAR) && random.nextInt(4) > 0) {
            int max = month == null ? 31 : java.time.Month.of(month).maxLength();
            day = random.nextInt(6) == 0 ? RecurrenceRule.LAST_DAY : 1 + random.nextInt(max);
            if (unit == RecurrenceUnit.YEAR && month == null && day > 28) {
                day = 28;
            }
        }
        DayOfWeek weekday = unit == RecurrenceUnit.WEEK && random.nextBoolean()
                ? DayOfWeek.of(1 + random.nextInt(7)) : null;
        LocalDate end = random.nextInt(3) == 0 ? start.plusDays(random.nextInt(2000)) : null;
        Integer count = end == null && random.nextInt(3) == 0 ? 1 + random.nextInt(30) : null;
        return new RecurrenceRule(unit, 1 + random.nextInt(4), day, weekday, month, start, end, count);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void occurrencesAreOrderedInsideTheWindowAndEndWhereTheRuleSays(long seed) {
        Random random = new Random(seed);
        RecurrenceRule rule = randomRule(random);
        LocalDate from = rule.start().minusDays(40).plusDays(random.nextInt(1200));
        LocalDate to = from.plusDays(random.nextInt(800));
        List<LocalDate> dates = Recurrence.between(rule, from, to);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            assertThat(d).isBetween(from, to).isAfterOrEqualTo(rule.start());
            if (rule.end() != null) {
                assertThat(d).isBeforeOrEqualTo(rule.end());
            }
            if (i > 0) {
                assertThat(d).isAfter(dates.get(i - 1));
                assertSpacing(rule, dates.get(i - 1), d);
            }
            assertAnchor(rule, d);
        }
        List<LocalDate> all = Recurrence.between(rule, rule.start(), FAR);
        if (rule.occurrences() != null) {
            assertThat(all).hasSizeLessThanOrEqualTo(rule.occurrences());
        }
        assertThat(dates).isEqualTo(all.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void splittingTheWindowChangesNothingAndNextAgreesWithTheList(long seed) {
        Random random = new Random(seed * 31 + 7);
        RecurrenceRule rule = randomRule(random);
        LocalDate from = rule.start().plusDays(random.nextInt(300));
        LocalDate middle = from.plusDays(random.nextInt(400));
        LocalDate to = middle.plusDays(1 + random.nextInt(400));
        List<LocalDate> joined = new ArrayList<>(Recurrence.between(rule, from, middle));
        joined.addAll(Recurrence.between(rule, middle.plusDays(1), to));
        assertThat(joined).isEqualTo(Recurrence.between(rule, from, to));
        assertThat(Recurrence.next(rule, from)).isEqualTo(Recurrence.between(rule, from, FAR).stream().findFirst());
    }

    /** Takt's RRULE, expanded by an independent RFC 5545 implementation, gives Takt's dates. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theRruleMeansTheSameDatesToAnotherImplementation(long seed) throws Exception {
        RecurrenceRule rule = randomRule(new Random(seed * 17 + 3));
        // RFC 5545 counts DTSTART as an occurrence, so start the rule on its own first date.
        LocalDate first = Recurrence.next(rule.times(null).until(null), rule.start()).orElseThrow();
        RecurrenceRule synced = new RecurrenceRule(rule.unit(), rule.interval(), rule.dayOfMonth(), rule.dayOfWeek(),
                rule.month(), first, rule.end() != null && rule.end().isBefore(first) ? first : rule.end(),
                rule.occurrences());
        LocalDate horizon = first.plusYears(6);
        List<LocalDate> expected = Recurrence.between(synced, first, horizon);

        RecurrenceRuleIterator it = new org.dmfs.rfc5545.recur.RecurrenceRule(RRule.of(synced))
                .iterator(new DateTime(first.getYear(), first.getMonthValue() - 1, first.getDayOfMonth()));
        List<LocalDate> theirs = new ArrayList<>();
        while (it.hasNext()) {
            DateTime d = it.nextDateTime();
            LocalDate date = LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth());
            if (date.isAfter(horizon)) {
                break;
            }
            theirs.add(date);
        }
        assertThat(theirs).as(RRule.of(synced) + " from " + first).isEqualTo(expected);
    }

    private static void assertSpacing(RecurrenceRule rule, LocalDate a, LocalDate b) {
        switch (rule.unit()) {
            case DAY -> assertThat(ChronoUnit.DAYS.between(a, b)).isEqualTo(rule.interval());
            case WEEK -> assertThat(ChronoUnit.DAYS.between(a, b)).isEqualTo(7L * rule.interval());
            case MONTH -> assertThat(ChronoUnit.MONTHS.between(YearMonth.from(a), YearMonth.from(b)))
                    .isEqualTo(rule.interval());
            case YEAR -> assertThat(b.getYear() - a.getYear()).isEqualTo(rule.interval());
        }
    }

    /** Every date is on its anchor: the weekday, or the day of month clamped to the month's length. */
    private static void assertAnchor(RecurrenceRule rule, LocalDate d) {
        switch (rule.unit()) {
            case WEEK -> assertThat(d.getDayOfWeek()).isEqualTo(rule.effectiveDayOfWeek());
            case MONTH, YEAR -> {
                int day = rule.effectiveDayOfMonth();
                int expected = day == RecurrenceRule.LAST_DAY ? d.lengthOfMonth() : Math.min(day, d.lengthOfMonth());
                assertThat(d.getDayOfMonth()).isEqualTo(expected);
                if (rule.unit() == RecurrenceUnit.YEAR) {
                    assertThat(d.getMonthValue()).isEqualTo(rule.effectiveMonth());
                }
            }
            default -> {
            }
        }
    }
}

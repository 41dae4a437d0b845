package no.takt.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dates a {@link RecurrenceRule} falls on. Each date is computed from the start and its index,
 * never from the previous date, so nothing accumulates and month-end anchors cannot drift.
 */
public final class Recurrence {

    private Recurrence() {
    }

    /** The occurrences from {@code from} to {@code to}, both included, in order. */
    public static List<LocalDate> between(RecurrenceRule rule, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = firstIndexOnOrAfter(rule, from); ; i++) {
            Optional<LocalDate> date = occurrence(rule, i);
            if (date.isEmpty() || date.get().isAfter(to)) {
                return dates;
            }
            dates.add(date.get());
        }
    }

    /** The first occurrence on or after the date, if the rule has not ended by then. */
    public static Optional<LocalDate> next(RecurrenceRule rule, LocalDate onOrAfter) {
        return occurrence(rule, firstIndexOnOrAfter(rule, onOrAfter));
    }

    /** The last occurrence before the date, if there is one. */
    public static Optional<LocalDate> previous(RecurrenceRule rule, LocalDate before) {
        int index = firstIndexOnOrAfter(rule, before) - 1;
        while (index >= 0) {
            Optional<LocalDate> date = occurrence(rule, index);
            if (date.isPresent()) {
                return date;
            }
            index--;
        }
        return Optional.empty();
    }

    /**
     * The occurrence with this index (0 is the first on or after the start), or empty when the
     * rule has ended before it.
     */
    public static Optional<LocalDate> occurrence(RecurrenceRule rule, int index) {
        if (index < 0 || rule.occurrences() != null && index >= rule.occurrences()) {
            return Optional.empty();
        }
        int offset = candidate(rule, 0).isBefore(rule.start()) ? 1 : 0;
        LocalDate date = candidate(rule, index + offset);
        return rule.end() != null && date.isAfter(rule.end()) ? Optional.empty() : Optional.of(date);
    }

    /** The k-th date of the pattern counted from the start's period, which may fall before the start for k = 0. */
    private static LocalDate candidate(RecurrenceRule rule, long k) {
        long step = k * rule.interval();
        LocalDate start = rule.start();
        return switch (rule.unit()) {
            case DAY -> start.plusDays(step);
            case WEEK -> start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step)
                    .plusDays(rule.effectiveDayOfWeek().getValue() - 1L);
            case MONTH -> anchored(YearMonth.from(start).plusMonths(step), rule.effectiveDayOfMonth());
            case YEAR -> anchored(YearMonth.of(start.getYear(), rule.effectiveMonth()).plusYears(step),
                    rule.effectiveDayOfMonth());
        };
    }

    private static LocalDate anchored(YearMonth month, int dayOfMonth) {
        int length = month.lengthOfMonth();
        return month.atDay(dayOfMonth == RecurrenceRule.LAST_DAY || dayOfMonth > length ? length : dayOfMonth);
    }

    /** The index of the first occurrence on or after the date (it may lie beyond the rule's end). */
    private static int firstIndexOnOrAfter(RecurrenceRule rule, LocalDate date) {
        if (!date.isAfter(rule.start())) {
            return 0;
        }
        long units = switch (rule.unit()) {
            case DAY -> ChronoUnit.DAYS.between(rule.start(), date);
            case WEEK -> ChronoUnit.WEEKS.between(rule.start(), date);
            case MONTH -> ChronoUnit.MONTHS.between(YearMonth.from(rule.start()), YearMonth.from(date));
            case YEAR -> ChronoUnit.YEARS.between(rule.start(), date);
        };
        int index = (int) Math.max(0, units / rule.interval() - 2);
        int offset = candidate(rule, 0).isBefore(rule.start()) ? 1 : 0;
        while (candidate(rule, index + offset).isBefore(date)) {
            index++;
        }
        return index;
    }
}

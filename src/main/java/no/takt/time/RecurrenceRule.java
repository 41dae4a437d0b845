package no.takt.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * A recurrence pattern (abonnementsfrekvens): every {@code interval} units from {@code start}, on
 * an anchor — a weekday for weeks, a day of the month ({@code -1} for the last day) for months, a
 * month and day for years — never ending, until {@code end}, or for {@code occurrences} times. An
 * anchor left out is taken from the start date.
 *
 * <p>A day of month the month does not have means its last day (31 → 28/29 February → 31 March),
 * so month-end anchors never drift.
 */
public record RecurrenceRule(RecurrenceUnit unit, int interval, Integer dayOfMonth, DayOfWeek dayOfWeek,
                             Integer month, LocalDate start, LocalDate end, Integer occurrences) {

    public static final int LAST_DAY = -1;

    public RecurrenceRule {
        if (unit == null || start == null) {
            throw new IllegalArgumentException("unit and start are required");
        }
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be at least 1: " + interval);
        }
        if (dayOfMonth != null && dayOfMonth != LAST_DAY && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("day of month must be 1-31 or -1: " + dayOfMonth);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1-12: " + month);
        }
        if (month != null && dayOfMonth != null && dayOfMonth > Month.of(month).maxLength()) {
            throw new IllegalArgumentException(Month.of(month) + " has no day " + dayOfMonth);
        }
        if (end != null && occurrences != null) {
            throw new IllegalArgumentException("a rule ends on a date or after a number of occurrences, not both");
        }
        if (occurrences != null && occurrences < 1) {
            throw new IllegalArgumentException("occurrences must be at least 1: " + occurrences);
        }
    }

    public static RecurrenceRule monthly(int interval, int dayOfMonth, LocalDate start) {
        return new RecurrenceRule(RecurrenceUnit.MONTH, interval, dayOfMonth, null, null, start, null, null);
    }

    public RecurrenceRule until(LocalDate endDate) {
        return new RecurrenceRule(unit, interval, dayOfMonth, dayOfWeek, month, start, endDate, occurrences);
    }

    public RecurrenceRule times(Integer count) {
        return new RecurrenceRule(unit, interval, dayOfMonth, dayOfWeek, month, start, end, count);
    }

    /** The anchor actually used: the one given, else the start date's. */
    int effectiveDayOfMonth() {
        return dayOfMonth != null ? dayOfMonth : start.getDayOfMonth();
    }

    DayOfWeek effectiveDayOfWeek() {
        return dayOfWeek != null ? dayOfWeek : start.getDayOfWeek();
    }

    int effectiveMonth() {
        return month != null ? month : start.getMonthValue();
    }
}

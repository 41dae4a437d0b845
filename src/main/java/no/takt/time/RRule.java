package no.takt.time;

import java.time.format.DateTimeFormatter;

/**
 * The RFC 5545 RRULE of a {@link RecurrenceRule} (the value after {@code RRULE:}; the start is
 * DTSTART). A day of month the month may lack is written as "that day or the last day before it":
 * {@code BYMONTHDAY=28,29,30,31;BYSETPOS=-1}, which is exactly Takt's no-drift rule.
 */
public final class RRule {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private RRule() {
    }

    public static String of(RecurrenceRule rule) {
        StringBuilder s = new StringBuilder("FREQ=").append(switch (rule.unit()) {
            case DAY -> "DAILY";
            case WEEK -> "WEEKLY";
            case MONTH -> "MONTHLY";
            case YEAR -> "YEARLY";
        });
        s.append(";INTERVAL=").append(rule.interval());
        switch (rule.unit()) {
            case WEEK -> s.append(";BYDAY=").append(rule.effectiveDayOfWeek().name(), 0, 2).append(";WKST=MO");
            case MONTH -> s.append(monthDay(rule.effectiveDayOfMonth()));
            case YEAR -> s.append(";BYMONTH=").append(rule.effectiveMonth()).append(monthDay(rule.effectiveDayOfMonth()));
            default -> {
            }
        }
        if (rule.end() != null) {
            s.append(";UNTIL=").append(rule.end().format(DATE));
        }
        if (rule.occurrences() != null) {
            s.append(";COUNT=").append(rule.occurrences());
        }
        return s.toString();
    }

    private static String monthDay(int day) {
        if (day == RecurrenceRule.LAST_DAY) {
            return ";BYMONTHDAY=-1";
        }
        if (day <= 28) {
            return ";BYMONTHDAY=" + day;
        }
        StringBuilder days = new StringBuilder(";BYMONTHDAY=28");
        for (int d = 29; d <= day; d++) {
            days.append(',').append(d);
        }
        return days.append(";BYSETPOS=-1").toString();
    }
}

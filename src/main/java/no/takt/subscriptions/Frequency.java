package no.takt.subscriptions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;
import no.takt.time.RecurrenceRule;
import no.takt.time.RecurrenceUnit;

/**
 * A frequency (abonnementsfrekvens): a named recurrence shared by subscriptions, with its RRULE,
 * a summary in the reader's language and the next date on or after today.
 */
public record Frequency(long id, String name, RecurrenceUnit unit, int interval, Integer dayOfMonth,
                        DayOfWeek dayOfWeek, Integer month, LocalDate startDate, LocalDate endDate,
                        Integer occurrences, boolean active, String rrule, String summary, LocalDate nextDate,
                        int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt,
                        String modifiedBy) implements Identified {

    public RecurrenceRule rule() {
        return new RecurrenceRule(unit, interval, dayOfMonth, dayOfWeek, month, startDate, endDate, occurrences);
    }
}

package no.takt.subscriptions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import no.takt.platform.audit.Stamps;
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
                        int version, @JsonUnwrapped Stamps stamps) implements Identified {

    public RecurrenceRule rule() {
        return new RecurrenceRule(unit, interval, dayOfMonth, dayOfWeek, month, startDate, endDate, occurrences);
    }
}

package no.takt.subscriptions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import no.takt.time.RecurrenceUnit;

/**
 * A frequency as created or replaced. {@code dayOfMonth} is 1–31 or −1 for the last day; an anchor
 * left out is taken from the start date. It ends never, on {@code endDate}, or after
 * {@code occurrences} — one of them at most.
 */
public record FrequencyInput(
        @NotBlank @Size(max = 100) String name,
        @NotNull RecurrenceUnit unit,
        @Min(1) @Max(999) Integer interval,
        @Min(-1) @Max(31) Integer dayOfMonth,
        DayOfWeek dayOfWeek,
        @Min(1) @Max(12) Integer month,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @Min(1) Integer occurrences,
        Boolean active,
        Integer version) {
}

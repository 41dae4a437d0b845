package no.takt.subscriptions;

import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/** When a subscription ends: as its frequency, on a date (the last possible order date), or after N runs per subscriber. */
public record EndCriterion(Settings.EndType type, LocalDate date, @Min(1) Integer runs) {

    public static final EndCriterion FREQUENCY = new EndCriterion(Settings.EndType.FREQUENCY, null, null);
}

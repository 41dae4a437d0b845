package no.takt.usage.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Metering (PRODUCT.md §8), pure: what one event contributes to its meter — a number (SUM, MAX,
 * LATEST), a value (UNIQUE_COUNT) or just itself (COUNT) — and the aggregate of a customer's events
 * over a period. A period's events are those at or after its first instant and before the next
 * period's. No events: 0.
 */
public final class Usage {

    /** Quantities are kept to six decimals (meter readings, kWh, GB). */
    public static final int SCALE = 6;

    private Usage() {
    }

    /** An event's properties read for its meter: a reading, or a refusal. */
    public sealed interface Read permits Reading, Refusal {
    }

    /** What an event holds for its meter: the property's number or value (null when the meter reads none). */
    public record Reading(BigDecimal quantity, String value) implements Read {
        public static final Reading NONE = new Reading(null, null);
    }

    /** An event as aggregated: when, in what order it arrived (ties of time), and its reading. */
    public record Event(Instant at, long sequence, Reading reading) {
    }

    /** Why an event's properties do not fit its meter (a message key and its argument). */
    public record Refusal(String key, String argument) implements Read {
    }

    /** The event's reading for the meter, or a refusal: the property missing, or not a number where one is summed. */
    public static Read read(Aggregation aggregation, String property, Map<String, ?> properties) {
        if (!aggregation.readsProperty()) {
            return Reading.NONE;
        }
        Object raw = properties == null ? null : properties.get(property);
        if (raw == null || raw instanceof Map || raw instanceof Collection || raw.toString().isBlank()) {
            return new Refusal("error.usage-property-missing", property);
        }
        if (!aggregation.numeric()) {
            String value = raw.toString().trim();
            return value.length() > 200 ? new Refusal("error.usage-property-too-long", property)
                    : new Reading(null, value);
        }
        try {
            BigDecimal number = raw instanceof BigDecimal b ? b : new BigDecimal(raw.toString().trim());
            if (number.abs().compareTo(BigDecimal.TEN.pow(13)) >= 0) {
                return new Refusal("error.usage-property-too-large", property);
            }
            return new Reading(number.setScale(SCALE, RoundingMode.HALF_UP), null);
        } catch (NumberFormatException e) {
            return new Refusal("error.usage-property-not-a-number", property);
        }
    }

    /** The aggregate of the events (those of one customer, meter and period). */
    public static BigDecimal aggregate(Aggregation aggregation, Collection<Event> events) {
        BigDecimal zero = BigDecimal.ZERO.setScale(SCALE);
        return switch (aggregation) {
            case COUNT -> BigDecimal.valueOf(events.size()).setScale(SCALE);
            case SUM -> events.stream().map(e -> e.reading().quantity()).reduce(zero, BigDecimal::add);
            case MAX -> events.stream().map(e -> e.reading().quantity()).reduce(BigDecimal::max).orElse(zero);
            case UNIQUE_COUNT -> {
                Set<String> values = new HashSet<>();
                events.forEach(e -> values.add(e.reading().value()));
                yield BigDecimal.valueOf(values.size()).setScale(SCALE);
            }
            case LATEST -> events.stream().max(java.util.Comparator.comparing(Event::at)
                    .thenComparingLong(Event::sequence)).map(e -> e.reading().quantity()).orElse(zero);
        };
    }
}

package no.takt.payments.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dated rates as an administrator keeps them: the value in force on a day is the latest set on
 * or before it — if it still holds then (a half-yearly rate set in January does not hold in July).
 * A day without one is a day the law's figure is not known: {@link #on} says so rather than guess.
 */
public final class Rates {

    /** A rate Takt does not know for a day: reminders stop and name it. */
    public static final class Missing extends RuntimeException {
        private final RateKind kind;
        private final LocalDate day;

        public Missing(RateKind kind, LocalDate day) {
            super(kind + " on " + day);
            this.kind = kind;
            this.day = day;
        }

        public RateKind kind() {
            return kind;
        }

        public LocalDate day() {
            return day;
        }
    }

    private final Map<RateKind, NavigableMap<LocalDate, BigDecimal>> values = new EnumMap<>(RateKind.class);

    public Rates with(RateKind kind, LocalDate validFrom, BigDecimal value) {
        values.computeIfAbsent(kind, k -> new TreeMap<>()).put(validFrom, value);
        return this;
    }

    public Optional<BigDecimal> find(RateKind kind, LocalDate day) {
        NavigableMap<LocalDate, BigDecimal> of = values.get(kind);
        Map.Entry<LocalDate, BigDecimal> entry = of == null ? null : of.floorEntry(day);
        if (entry == null || !holds(kind.validity(), entry.getKey(), day)) {
            return Optional.empty();
        }
        return Optional.of(entry.getValue());
    }

    /** The value in force on the day; {@link Missing} when there is none. */
    public BigDecimal on(RateKind kind, LocalDate day) {
        return find(kind, day).orElseThrow(() -> new Missing(kind, day));
    }

    /** The first day from {@code from} to {@code to} without a value in force, if any. */
    public Optional<LocalDate> firstMissing(RateKind kind, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = next(kind, day)) {
            if (find(kind, day).isEmpty()) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The next day a value could change: the next half-year or year, or the next value set. */
    LocalDate next(RateKind kind, LocalDate day) {
        LocalDate boundary = switch (kind.validity()) {
            case YEAR -> LocalDate.of(day.getYear() + 1, 1, 1);
            case HALF_YEAR -> day.getMonthValue() <= 6 ? LocalDate.of(day.getYear(), 7, 1)
                    : LocalDate.of(day.getYear() + 1, 1, 1);
            case UNTIL_CHANGED -> LocalDate.MAX;
        };
        NavigableMap<LocalDate, BigDecimal> of = values.get(kind);
        LocalDate set = of == null ? null : of.higherKey(day);
        return set != null && set.isBefore(boundary) ? set : boundary;
    }

    private static boolean holds(RateKind.Validity validity, LocalDate from, LocalDate day) {
        return switch (validity) {
            case YEAR -> from.getYear() == day.getYear();
            case HALF_YEAR -> from.getYear() == day.getYear()
                    && (from.getMonthValue() <= 6) == (day.getMonthValue() <= 6);
            case UNTIL_CHANGED -> true;
        };
    }
}

package no.takt.usage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class UsageTest {

    private static Usage.Event event(String at, long sequence, String kwh, String user) {
        return new Usage.Event(Instant.parse(at), sequence, new Usage.Reading(kwh == null ? null
                : new BigDecimal(kwh).setScale(Usage.SCALE), user));
    }

    /** Four readings of one month: 120,5 + 80 + 300 + 49,5 kWh by two users, the last one sent first. */
    private static final List<Usage.Event> MONTH = List.of(
            event("2026-01-03T10:00:00Z", 1, "120.5", "kari"), event("2026-01-09T08:30:00Z", 2, "80", "ola"),
            event("2026-01-31T22:59:59Z", 3, "49.5", "kari"), event("2026-01-20T12:00:00Z", 4, "300", "kari"));

    @Test
    void eachAggregationOfAWorkedMonth() {
        assertThat(Usage.aggregate(Aggregation.SUM, MONTH)).isEqualByComparingTo("550");
        assertThat(Usage.aggregate(Aggregation.COUNT, MONTH)).isEqualByComparingTo("4");
        assertThat(Usage.aggregate(Aggregation.MAX, MONTH)).isEqualByComparingTo("300");
        assertThat(Usage.aggregate(Aggregation.UNIQUE_COUNT, MONTH)).isEqualByComparingTo("2");
        // the latest by time, not by arrival: 31 January's 49,5
        assertThat(Usage.aggregate(Aggregation.LATEST, MONTH)).isEqualByComparingTo("49.5");
        for (Aggregation a : Aggregation.values()) {
            assertThat(Usage.aggregate(a, List.of())).isEqualByComparingTo("0");
        }
    }

    @Test
    void twoEventsAtTheSameInstantTakeTheLaterArrivalAsLatest() {
        assertThat(Usage.aggregate(Aggregation.LATEST, List.of(event("2026-02-01T00:00:00Z", 8, "10", null),
                event("2026-02-01T00:00:00Z", 9, "12", null)))).isEqualByComparingTo("12");
    }

    @Test
    void anEventsPropertiesAreReadForItsMeterOrRefusedWithTheReason() {
        assertThat(Usage.read(Aggregation.SUM, "kwh", Map.of("kwh", 12.25)))
                .isEqualTo(new Usage.Reading(new BigDecimal("12.250000"), null));
        assertThat(Usage.read(Aggregation.SUM, "kwh", Map.of("kwh", " 7 ")))
                .isEqualTo(new Usage.Reading(new BigDecimal("7.000000"), null));
        assertThat(Usage.read(Aggregation.COUNT, null, Map.of())).isEqualTo(Usage.Reading.NONE);
        assertThat(Usage.read(Aggregation.UNIQUE_COUNT, "user", Map.of("user", 42)))
                .isEqualTo(new Usage.Reading(null, "42"));
        assertThat(Usage.read(Aggregation.SUM, "kwh", Map.of("kw", 1)))
                .isEqualTo(new Usage.Refusal("error.usage-property-missing", "kwh"));
        assertThat(Usage.read(Aggregation.MAX, "kwh", Map.of("kwh", "mye")))
                .isEqualTo(new Usage.Refusal("error.usage-property-not-a-number", "kwh"));
        assertThat(Usage.read(Aggregation.LATEST, "kwh", Map.of("kwh", Map.of("v", 1))))
                .isEqualTo(new Usage.Refusal("error.usage-property-missing", "kwh"));
        assertThat(Usage.read(Aggregation.SUM, "kwh", null))
                .isEqualTo(new Usage.Refusal("error.usage-property-missing", "kwh"));
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 7L, 42L, 2026L, 99_999L);
    }

    /** Splitting a period's events in two: SUM and COUNT add up, MAX is the larger, LATEST the later part's. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aggregatesOfTwoHalvesMakeTheWhole(long seed) {
        Random random = new Random(seed);
        List<Usage.Event> first = new ArrayList<>();
        List<Usage.Event> second = new ArrayList<>();
        long t = Instant.parse("2026-03-01T00:00:00Z").getEpochSecond();
        int n = 1 + random.nextInt(200);
        for (int i = 0; i < n; i++) {
            t += random.nextInt(3600);
            Usage.Event e = new Usage.Event(Instant.ofEpochSecond(t), i, new Usage.Reading(
                    BigDecimal.valueOf(random.nextInt(1_000_000), 3).setScale(Usage.SCALE), "u" + random.nextInt(20)));
            (i < n / 2 ? first : second).add(e);
        }
        List<Usage.Event> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(Usage.aggregate(Aggregation.SUM, all)).isEqualByComparingTo(
                Usage.aggregate(Aggregation.SUM, first).add(Usage.aggregate(Aggregation.SUM, second)));
        assertThat(Usage.aggregate(Aggregation.COUNT, all)).isEqualByComparingTo(BigDecimal.valueOf(n));
        assertThat(Usage.aggregate(Aggregation.MAX, all)).isEqualByComparingTo(
                Usage.aggregate(Aggregation.MAX, first).max(Usage.aggregate(Aggregation.MAX, second)));
        if (!second.isEmpty()) {
            assertThat(Usage.aggregate(Aggregation.LATEST, all)).isEqualByComparingTo(
                    Usage.aggregate(Aggregation.LATEST, second));
        }
        assertThat(Usage.aggregate(Aggregation.UNIQUE_COUNT, all)).isLessThanOrEqualTo(BigDecimal.valueOf(
                Math.min(20, n)));
    }
}

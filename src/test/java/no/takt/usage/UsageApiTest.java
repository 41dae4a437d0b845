package no.takt.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import no.takt.usage.core.Aggregation;
import no.takt.usage.core.Usage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 12: meters and usage events through the API, on H2 and PostgreSQL. */
class UsageApiTest extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    UsageEvents usageEvents;

    private String meter(String aggregation, String property) {
        String code = "m-" + unique();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Strøm", "unit", "kWh",
                "aggregation", aggregation));
        if (property != null) {
            body.put("property", property);
        }
        Api.Response created = admin().post("/api/v1/meters", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    private long customer() {
        return admin().post("/api/v1/customers", Map.of("name", unique("Forbruker"))).id();
    }

    private static Map<String, Object> event(String id, long customer, String meter, String at, Object kwh) {
        Map<String, Object> e = new HashMap<>(Map.of("transactionId", id, "customerId", customer, "meterCode", meter,
                "timestamp", at));
        if (kwh != null) {
            e.put("properties", Map.of("kwh", kwh));
        }
        return e;
    }

    private JsonNode send(List<Map<String, Object>> events) {
        Api.Response answer = adminByToken().post("/api/v1/usage-events", Map.of("events", events));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private BigDecimal usage(long customer, String meter, String from, String to) {
        return admin().get("/api/v1/customers/" + customer + "/usage?meterCode=" + meter + "&from=" + from + "&to=" + to)
                .json().path("quantity").decimalValue();
    }

    @Test
    void aMeterThatSumsNeedsItsPropertyAndItsCodeIsUnique() {
        String code = meter("COUNT", null);
        assertThat(admin().post("/api/v1/meters", Map.of("code", code, "name", "x", "aggregation", "COUNT")).status())
                .isEqualTo(409);
        assertThat(admin().post("/api/v1/meters", Map.of("code", "s-" + unique(), "name", "x", "aggregation", "SUM"))
                .errorFields()).containsExactly("property");
        assertThat(admin().post("/api/v1/meters", Map.of("code", "a b", "name", "x", "aggregation", "COUNT"))
                .errorFields()).containsExactly("code");
        assertThat(admin().post("/api/v1/meters", Map.of("code", "c-" + unique(), "name", "x", "aggregation", "MEDIAN"))
                .errorFields()).containsExactly("aggregation");
    }

    /**
     * A batch of six: two good, one repeating the first in the same batch, and three refused each at
     * its field. Sent again, nothing new is stored: the good ones are duplicates.
     */
    @Test
    void aBatchKeepsItsGoodEventsOnceAndRefusesTheBadOnesByIndex() {
        String meter = meter("SUM", "kwh");
        long customer = customer();
        String a = "t-" + unique();
        String b = "t-" + unique();
        List<Map<String, Object>> batch = List.of(
                event(a, customer, meter, "2026-01-10T08:00:00+01:00", 120.5),
                event(b, customer, meter, "2026-01-20T08:00:00", "79.5"),
                event(a, customer, meter, "2026-01-10T08:00:00+01:00", 120.5),
                event("t-" + unique(), customer, "no-such-meter", "2026-01-11T08:00:00Z", 1),
                event("t-" + unique(), customer, meter, "2026-01-12T08:00:00Z", "mye"),
                event("t-" + unique(), customer, meter, "12.01.2026", 1));
        JsonNode answer = send(batch);
        assertThat(answer.path("accepted").asInt()).isEqualTo(2);
        assertThat(answer.path("duplicates").asInt()).isEqualTo(1);
        assertThat(answer.path("rejected").valueStream().map(r -> r.path("index").asInt() + " " + r.path("field")
                .asString()).toList()).containsExactly("3 meterCode", "4 properties", "5 timestamp");
        assertThat(answer.path("rejected").get(0).path("reason").asString()).contains("no-such-meter");
        assertThat(usage(customer, meter, "2026-01-01", "2026-01-31")).isEqualByComparingTo("200");

        JsonNode again = send(batch.subList(0, 3));
        assertThat(again.path("accepted").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(3);
        assertThat(usage(customer, meter, "2026-01-01", "2026-01-31")).isEqualByComparingTo("200");
    }

    /** Periods are days in the company's zone: 23:30 on 31 January in Oslo is January, 23:30 UTC is February. */
    @Test
    void anEventBelongsToTheDayItHappenedOnInTheCompanysZone() {
        String meter = meter("SUM", "kwh");
        long customer = customer();
        send(List.of(event("t-" + unique(), customer, meter, "2026-01-31T23:30:00+01:00", 5),
                event("t-" + unique(), customer, meter, "2026-01-31T23:30:00Z", 7)));
        assertThat(usage(customer, meter, "2026-01-01", "2026-01-31")).isEqualByComparingTo("5");
        assertThat(usage(customer, meter, "2026-02-01", "2026-02-28")).isEqualByComparingTo("7");
    }

    @Test
    void oneEventIsStoredOrRefusedAtItsField() {
        String meter = meter("COUNT", null);
        long customer = customer();
        long number = admin().get("/api/v1/customers/" + customer).json().path("customerNumber").asLong();
        Map<String, Object> byNumber = Map.of("transactionId", "t-" + unique(), "customerNumber", number,
                "meterCode", meter, "timestamp", "2026-03-05T10:00:00Z");
        Api.Response one = adminByToken().post("/api/v1/usage-events", byNumber);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("accepted").asInt()).isEqualTo(1);
        assertThat(adminByToken().post("/api/v1/usage-events", byNumber).json().path("duplicates").asInt()).isEqualTo(1);
        Api.Response unknown = adminByToken().post("/api/v1/usage-events", Map.of("transactionId", "t-" + unique(),
                "customerNumber", 987_654_321L, "meterCode", meter, "timestamp", "2026-03-05T10:00:00Z"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("customerNumber");
        assertThat(adminByToken().post("/api/v1/usage-events", Map.of("transactionId", "t-" + unique(),
                "customerId", customer, "meterCode", meter, "timestamp", "2099-01-01T00:00:00Z")).errorFields())
                .containsExactly("timestamp");
        assertThat(usage(customer, meter, "2026-03-01", "2026-03-31")).isEqualByComparingTo("1");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= UsageEvents.MAX_BATCH; i++) {
            tooMany.add(Map.of("transactionId", "x" + i));
        }
        assertThat(adminByToken().post("/api/v1/usage-events", Map.of("events", tooMany)).errorFields())
                .containsExactly("events");
    }

    /** Eight clients sending the same 200 events at once: each is stored once, the rest answer as duplicates. */
    @Test
    void theSameEventsSentAtOnceAreStoredOnce() throws Exception {
        String meter = meter("SUM", "kwh");
        long customer = customer();
        List<Map<String, Object>> batch = new ArrayList<>();
        String prefix = "c-" + unique() + "-";
        for (int i = 0; i < 200; i++) {
            batch.add(event(prefix + i, customer, meter, "2026-04-01T10:00:00Z", 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> sent = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                sent.add(pool.submit((Callable<JsonNode>) () -> send(batch)));
            }
            int accepted = 0;
            int duplicates = 0;
            for (Future<JsonNode> f : sent) {
                accepted += f.get().path("accepted").asInt();
                duplicates += f.get().path("duplicates").asInt();
            }
            assertThat(accepted).isEqualTo(200);
            assertThat(duplicates).isEqualTo(7 * 200);
        } finally {
            pool.shutdown();
        }
        assertThat(usage(customer, meter, "2026-04-01", "2026-04-30")).isEqualByComparingTo("200");
        assertThat(usageEvents.recent(null, customer, 5)).hasSize(5).allMatch(e -> e.customerId() == customer)
                .isSortedAccordingTo(java.util.Comparator.comparingLong(RecordedEvent::id).reversed());
    }

    /**
     * The database's aggregate of random events is the pure rule's, for every aggregation: one window
     * asked through the API, and many at once as the billing run asks them (random windows over the
     * same days, one without events, one of a meter that does not exist).
     */
    @Test
    void theStoredAggregateIsThePureRules() {
        Random random = new Random(12);
        long customer = customer();
        for (Aggregation aggregation : Aggregation.values()) {
            java.util.TreeMap<java.time.LocalDate, List<Usage.Event>> byDay = new java.util.TreeMap<>();
            String property = aggregation == Aggregation.UNIQUE_COUNT ? "user" : "kwh";
            String meter = meter(aggregation.name(), aggregation.readsProperty() ? property : null);
            List<Map<String, Object>> events = new ArrayList<>();
            List<Usage.Event> inMay = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                // from 30 April to 1 June (UTC), so some fall outside May in Oslo
                Instant at = Instant.parse("2026-04-30T20:00:00Z").plusSeconds(random.nextInt(32 * 24 * 3600));
                BigDecimal kwh = BigDecimal.valueOf(random.nextInt(100_000), 2);
                String user = "u" + random.nextInt(15);
                Map<String, Object> e = new HashMap<>(Map.of("transactionId", "r-" + unique(), "customerId", customer,
                        "meterCode", meter, "timestamp", OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString(),
                        "properties", Map.of("kwh", kwh, "user", user)));
                events.add(e);
                java.time.LocalDate day = at.atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate();
                Usage.Event event = new Usage.Event(at, i, aggregation == Aggregation.COUNT ? Usage.Reading.NONE
                        : aggregation == Aggregation.UNIQUE_COUNT ? new Usage.Reading(null, user)
                        : new Usage.Reading(kwh.setScale(Usage.SCALE), null));
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(event);
                if (day.getMonthValue() == 5) {
                    inMay.add(event);
                }
            }
            assertThat(send(events).path("accepted").asInt()).isEqualTo(120);
            assertThat(usage(customer, meter, "2026-05-01", "2026-05-31")).as(aggregation.name())
                    .isEqualByComparingTo(Usage.aggregate(aggregation, inMay));

            long meterId = meters.byCode(meter).orElseThrow().id();
            Map<UsageWindow, BigDecimal> expected = new HashMap<>();
            for (int w = 0; w < 20; w++) {
                java.time.LocalDate from = java.time.LocalDate.of(2026, 4, 28).plusDays(random.nextInt(36));
                java.time.LocalDate to = from.plusDays(random.nextInt(10));
                expected.put(new UsageWindow(meterId, customer, from, to), Usage.aggregate(aggregation,
                        byDay.subMap(from, true, to, true).values().stream().flatMap(List::stream).toList()));
            }
            expected.put(new UsageWindow(meterId, customer, java.time.LocalDate.of(2025, 1, 1),
                    java.time.LocalDate.of(2025, 1, 31)), BigDecimal.ZERO);
            expected.put(new UsageWindow(-1, customer, java.time.LocalDate.of(2026, 5, 1),
                    java.time.LocalDate.of(2026, 5, 31)), BigDecimal.ZERO);
            Map<UsageWindow, BigDecimal> read = usageEvents.usage(expected.keySet());
            expected.forEach((window, value) -> assertThat(read.get(window)).as(aggregation + " " + window)
                    .isEqualByComparingTo(value));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    MeterService meters;
}

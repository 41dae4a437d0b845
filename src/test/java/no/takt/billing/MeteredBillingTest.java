package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12: metered lines (PRODUCT.md §8). A line with a meter bills the usage of the period just
 * ended, in arrears, on the document that bills the fixed lines in advance; each line shows its
 * period; a first period bills no usage, a last period's usage comes after the end.
 */
class MeteredBillingTest extends BillingFixtures {

    /** Graduated: 1–1 000 at 1,00, above at 0,80 with a flat fee of 25,00. */
    private static final Map<String, Object> GRADUATED = Map.of("type", "GRADUATED", "tiers", List.of(
            Map.of("upTo", 1000, "unitPrice", "1.00"), Map.of("unitPrice", "0.80", "flatFee", 25)));

    private String meter;
    private long meterId;

    private long meteredLine(long subscriptionId) {
        meter = "kwh-" + unique();
        meterId = post("/api/v1/meters", Map.of("code", meter, "name", "Strøm", "unit", "kWh", "aggregation", "SUM",
                "property", "kwh")).id();
        long product = post("/api/v1/products", Map.of("productNumber", "S-" + unique(), "name", "Strøm",
                "unit", "kWh", "unitPrice", 0, "vatCode", "3", "priceModel", GRADUATED)).id();
        JsonNode line = post("/api/v1/subscriptions/" + subscriptionId + "/lines", Map.of("productId", product,
                "meterId", meterId)).json();
        assertThat(line.path("meterId").asLong()).isEqualTo(meterId);
        // no usage is known ahead: the line adds nothing to the subscription's standard sum
        assertThat(line.path("quantity").decimalValue()).isEqualByComparingTo("0");
        return line.path("id").asLong();
    }

    private void used(long customer, String at, int kwh) {
        Api.Response sent = adminByToken().post("/api/v1/usage-events", Map.of("transactionId", "t-" + unique(),
                "customerId", customer, "meterCode", meter, "timestamp", at, "properties", Map.of("kwh", kwh)));
        assertThat(sent.status()).as(sent.toString()).isLessThan(300);
    }

    private static List<String> lines(JsonNode document) {
        return document.path("lines").valueStream().map(l -> l.path("name").asString() + " "
                + l.path("quantity").decimalValue().stripTrailingZeros().toPlainString() + " = "
                + l.path("sumExclVat").decimalValue().setScale(2)
                + (l.path("periodStart").isMissingNode() ? "" : " " + l.path("periodStart").asString() + "…"
                + l.path("periodEnd").asString())).toList();
    }

    private JsonNode document(JsonNode listed) {
        return admin().get("/api/v1/documents/" + listed.path("id").asLong()).json();
    }

    /**
     * January's 1 250 kWh (events on the last evening of January count for January, in Oslo time) are
     * billed on February's invoice beside February's licence: 1 000 × 1,00 + 250 × 0,80 + 25,00; a
     * catch-up run over February and March bills each month's usage on the next month's invoice.
     */
    @Test
    void usageOfThePeriodJustEndedIsBilledWithTheFixedLinesOfTheNextPeriodAndShowsItsPeriod() {
        organisation("922301956");
        Fixture f = subscription(1, Map.of());
        long customer = f.customers().getFirst();
        JsonNode before = admin().get("/api/v1/customers/" + customer).json();
        admin().put("/api/v1/customers/" + customer, Map.of("name", before.path("name").asString(),
                "organizationNumber", "987654325", "peppolId", "0192:987654325", "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"), "version",
                before.path("version").asInt()));
        meteredLine(f.subscriptionId());
        start(f);
        used(customer, "2026-01-10T12:00:00", 700);
        used(customer, "2026-01-31T23:30:00", 550);
        used(customer, "2026-02-01T00:30:00", 100);
        used(customer, "2026-03-05T08:00:00", 40);

        run("2026-01-01");
        List<JsonNode> first = documents(f.subscriptionId());
        assertThat(first).hasSize(1);
        assertThat(lines(document(first.getFirst()))).containsExactly("Lisens 1 = 499.00");

        run("2026-03-01");
        List<JsonNode> all = documents(f.subscriptionId());
        assertThat(all).hasSize(3);
        JsonNode february = document(all.get(1));
        assertThat(february.path("periodStart").asString()).isEqualTo("2026-02-01");
        assertThat(lines(february)).containsExactly("Lisens 1 = 499.00",
                "Strøm 1000 = 1000.00 2026-01-01…2026-01-31",
                "Strøm 250 = 200.00 2026-01-01…2026-01-31",
                "Strøm 1 = 25.00 2026-01-01…2026-01-31");
        assertThat(february.path("totalExclVat").decimalValue()).isEqualByComparingTo("1724.00");
        assertThat(lines(document(all.get(2)))).containsExactly("Lisens 1 = 499.00",
                "Strøm 100 = 100.00 2026-02-01…2026-02-28");

        JsonNode validation = admin().get("/api/v1/documents/" + february.path("id").asLong() + "/ehf/validation")
                .json();
        assertThat(validation.path("valid").asBoolean()).as(validation.toString()).isTrue();
        String ehf = admin().get("/api/v1/documents/" + february.path("id").asLong() + "/ehf").body();
        assertThat(ehf).contains("<cbc:StartDate>2026-01-01</cbc:StartDate><cbc:EndDate>2026-02-28</cbc:EndDate>");
        Api.Download pdf = admin().download("/api/v1/documents/" + february.path("id").asLong() + "/pdf");
        try (PDDocument d = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(d)).contains("Periode 01.01.2026–31.01.2026");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A subscriber ending in March: March's 40 kWh come on a document of their own with the metered
     * line only, for March, made by the first run after March; a second run makes nothing more.
     */
    @Test
    void theLastPeriodsUsageIsBilledAfterTheEndOnceAndAFirstPeriodBillsNone() {
        Fixture f = subscription(1, Map.of());
        long customer = f.customers().getFirst();
        meteredLine(f.subscriptionId());
        long subscriber = f.subscribers().getFirst();
        JsonNode s = admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers/" + subscriber).json();
        Map<String, Object> ended = new HashMap<>(Map.of("customerId", customer, "startDate", "2026-01-01",
                "endDate", "2026-03-15", "version", s.path("version").asInt()));
        assertThat(admin().put("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers/" + subscriber, ended)
                .status()).isEqualTo(200);
        start(f);
        used(customer, "2026-02-10T12:00:00", 30);
        used(customer, "2026-03-10T12:00:00", 40);
        used(customer, "2026-04-02T12:00:00", 5000);

        run("2026-04-01");
        run("2026-05-01");
        List<JsonNode> all = documents(f.subscriptionId());
        assertThat(all.stream().map(d -> d.path("periodStart").asString()).toList())
                .containsExactly("2026-01-01", "2026-02-01", "2026-03-01", "2026-03-01");
        assertThat(lines(document(all.get(0)))).containsExactly("Lisens 1 = 499.00");
        assertThat(lines(document(all.get(1)))).containsExactly("Lisens 1 = 499.00",
                "Strøm 0 = 0.00 2026-01-01…2026-01-31");
        assertThat(lines(document(all.get(2)))).containsExactly("Lisens 1 = 499.00",
                "Strøm 30 = 30.00 2026-02-01…2026-02-28");
        JsonNode last = document(all.get(3));
        assertThat(lines(last)).containsExactly("Strøm 40 = 40.00");
        assertThat(last.path("periodEnd").asString()).isEqualTo("2026-03-31");
        assertThat(last.path("date").asString()).isEqualTo("2026-04-01");
    }

    /**
     * A subscription with metered lines only is billed wholly in arrears: nothing while January runs,
     * January's usage for January once it is over.
     */
    @Test
    void aSubscriptionOfUsageOnlyBillsEachPeriodAfterItEnds() {
        Fixture f = subscription(1, Map.of());
        long licence = admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/lines").json().path("items")
                .get(0).path("id").asLong();
        assertThat(admin().delete("/api/v1/subscriptions/" + f.subscriptionId() + "/lines/" + licence).status())
                .isEqualTo(204);
        long customer = f.customers().getFirst();
        meteredLine(f.subscriptionId());
        start(f);
        used(customer, "2026-01-20T12:00:00", 1200);

        run("2026-01-15");
        assertThat(documents(f.subscriptionId())).isEmpty();
        run("2026-02-01");
        List<JsonNode> all = documents(f.subscriptionId());
        assertThat(all).hasSize(1);
        JsonNode january = document(all.getFirst());
        assertThat(january.path("periodStart").asString()).isEqualTo("2026-01-01");
        assertThat(january.path("periodEnd").asString()).isEqualTo("2026-01-31");
        assertThat(lines(january)).containsExactly("Strøm 1000 = 1000.00", "Strøm 200 = 160.00", "Strøm 1 = 25.00");
    }

    @Test
    void aMeterMustExistAndBelongsOnARecurringProductLine() {
        Fixture f = subscription(1, Map.of());
        Api.Response unknown = admin().post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines",
                Map.of("productId", f.productId(), "meterId", 999_999_999));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("meterId");
        meteredLine(f.subscriptionId());
        Api.Response once = admin().post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines",
                Map.of("productId", f.productId(), "meterId", meterId, "oneTime", true));
        assertThat(once.status()).isEqualTo(400);
        assertThat(once.errorFields()).containsExactly("meterId");
    }

    /**
     * PRODUCT.md §8: an event for a period already billed, within the subscription's grace period, is
     * accepted, and the next document corrects the earlier one: 50 kWh more for January, all above
     * 1 000, are 50 × 0,80 = 40,00 more, once.
     */
    @Test
    void aLateEventWithinTheGracePeriodIsCorrectedOnceOnTheNextDocument() {
        Fixture f = subscription(1, Map.of("usageGraceDays", 366));
        long customer = f.customers().getFirst();
        meteredLine(f.subscriptionId());
        start(f);
        used(customer, "2026-01-10T12:00:00", 1250);
        run("2026-02-01");
        used(customer, "2026-01-20T12:00:00", 50);
        used(customer, "2026-02-20T12:00:00", 10);
        run("2026-03-01");
        run("2026-04-01");

        List<JsonNode> all = documents(f.subscriptionId());
        assertThat(all).hasSize(4);
        assertThat(lines(document(all.get(1)))).containsExactly("Lisens 1 = 499.00",
                "Strøm 1000 = 1000.00 2026-01-01…2026-01-31", "Strøm 250 = 200.00 2026-01-01…2026-01-31",
                "Strøm 1 = 25.00 2026-01-01…2026-01-31");
        JsonNode march = document(all.get(2));
        assertThat(lines(march)).containsExactly("Lisens 1 = 499.00", "Strøm 10 = 10.00 2026-02-01…2026-02-28",
                "Strøm 1 = 40.00 2026-01-01…2026-01-31");
        assertThat(march.path("lines").get(2).path("description").asString()).isEqualTo("Korreksjon: 1\u00a0250,00 → 1\u00a0300,00");
        assertThat(lines(document(all.get(3)))).containsExactly("Lisens 1 = 499.00",
                "Strøm 0 = 0.00 2026-03-01…2026-03-31");
    }

    /**
     * After the grace period an event for a billed period is refused at its timestamp, with the period,
     * and nothing is stored; told to correct late usage, the subscription takes it and corrects it.
     */
    @Test
    void aLateEventAfterTheGracePeriodIsRefusedUnlessTheSubscriptionCorrectsLateUsage() {
        Fixture refusing = subscription(1, Map.of("usageGraceDays", 3));
        long customer = refusing.customers().getFirst();
        meteredLine(refusing.subscriptionId());
        start(refusing);
        used(customer, "2026-01-10T12:00:00", 100);
        run("2026-02-01");
        Api.Response late = adminByToken().post("/api/v1/usage-events", Map.of("transactionId", "late-" + unique(),
                "customerId", customer, "meterCode", meter, "timestamp", "2026-01-31T22:00:00",
                "properties", Map.of("kwh", 5)));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.errorFields()).containsExactly("timestamp");
        assertThat(late.body()).contains("1 Jan 2026–31 Jan 2026");
        JsonNode batch = adminByToken().post("/api/v1/usage-events", Map.of("events", List.of(
                Map.of("transactionId", "late-" + unique(), "customerId", customer, "meterCode", meter,
                        "timestamp", "2026-01-15T08:00:00", "properties", Map.of("kwh", 5)),
                Map.of("transactionId", "now-" + unique(), "customerId", customer, "meterCode", meter,
                        "timestamp", "2026-02-02T08:00:00", "properties", Map.of("kwh", 7))))).json();
        assertThat(batch.path("accepted").asInt()).isEqualTo(1);
        assertThat(batch.path("rejected").get(0).path("index").asInt()).isEqualTo(0);
        assertThat(batch.path("rejected").get(0).path("field").asString()).isEqualTo("timestamp");
        assertThat(admin().get("/api/v1/customers/" + customer + "/usage?meterCode=" + meter
                + "&from=2026-01-01&to=2026-01-31").json().path("quantity").decimalValue()).isEqualByComparingTo("100");

        Fixture correcting = subscription(1, Map.of("lateUsage", "CORRECT"));
        long other = correcting.customers().getFirst();
        meteredLine(correcting.subscriptionId());
        start(correcting);
        run("2026-02-01");
        used(other, "2026-01-31T22:00:00", 5);
        run("2026-03-01");
        assertThat(lines(document(documents(correcting.subscriptionId()).get(2)))).containsExactly(
                "Lisens 1 = 499.00", "Strøm 0 = 0.00 2026-02-01…2026-02-28", "Strøm 1 = 5.00 2026-01-01…2026-01-31");
    }

    /**
     * The forecast bills metered lines as the run will, with the usage so far of a period that is still
     * running: this month's events on next month's first document.
     */
    @Test
    void theForecastShowsTheUsageSoFarOfTheRunningPeriod() {
        java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");
        java.time.YearMonth month = java.time.YearMonth.now(oslo);
        Fixture f = subscription(0, Map.of());
        long customer = post("/api/v1/customers", Map.of("name", unique("Kunde"), "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", customer,
                "startDate", month.atDay(1).toString()));
        meteredLine(f.subscriptionId());
        start(f);
        java.time.LocalDateTime now = java.time.LocalDateTime.now(oslo).minusMinutes(1);
        java.time.LocalDateTime first = month.atDay(1).atTime(0, 0, 1);
        used(customer, (now.isBefore(first) ? first : now).withNano(0).toString(), 42);

        String next = month.plusMonths(1).atDay(1).toString();
        List<JsonNode> forecast = admin().get("/api/v1/billing/forecast?from=" + next + "&to=" + next
                + "&subscriptionId=" + f.subscriptionId()).json().path("items").valueStream().toList();
        assertThat(forecast).hasSize(2);
        assertThat(lines(forecast.stream().filter(d -> d.path("periodStart").asString().equals(next)).findFirst()
                .orElseThrow())).containsExactly("Lisens 1 = 499.00",
                "Strøm 42 = 42.00 " + month.atDay(1) + "…" + month.atEndOfMonth());
        assertThat(documents(f.subscriptionId())).isEmpty();
    }
}

package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ForecastTest extends BillingFixtures {

    /**
     * Issue 10: @PERIOD@ counts the documents within their year in the forecast as in the run and the
     * preview; across New Year the forecast began again at 01, not at 13.
     */
    @Test
    void thePeriodFieldCountsWithinTheYearInTheForecastAsInTheRunAndThePreview() {
        Fixture f = subscription(1, Map.of("subject", "Lisens @PERIOD@"));
        start(f);
        run("2026-11-01");
        List<String> forecast = admin().get("/api/v1/billing/forecast?from=2026-11-02&to=2027-02-28&subscriptionId="
                + f.subscriptionId()).json().path("items").valueStream().map(d -> d.path("subject").asString())
                .toList();
        assertThat(forecast).containsExactly("Lisens 12 2026", "Lisens 01 2027", "Lisens 02 2027");
        assertThat(documents(f.subscriptionId())).extracting(d -> d.path("subject").asString())
                .endsWith("Lisens 10 2026", "Lisens 11 2026");
        String preview = previewText(f, "2026-11-02");
        assertThat(preview).contains("Lisens 12 2026");
    }

    private String previewText(Fixture f, String date) {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(adminByToken().download(
                "/api/v1/subscriptions/" + f.subscriptionId() + "/preview?subscriberId=" + f.subscribers().getFirst()
                        + "&date=" + date).body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theForecastShowsWhatTheRunsWillBillWithoutSavingAnything() {
        Fixture f = subscription(3, Map.of("subject", "Lisens @MONTHSTRING@"));
        start(f);
        JsonNode forecast = admin().get("/api/v1/billing/forecast?from=2026-01-01&to=2026-03-31&size=500").json();
        List<JsonNode> mine = admin().get("/api/v1/billing/forecast?from=2026-01-01&to=2026-03-31&subscriptionId="
                + f.subscriptionId()).json().path("items").valueStream().toList();
        assertThat(mine).hasSize(9).allSatisfy(d -> assertThat(d.path("subscriptionId").asLong())
                .isEqualTo(f.subscriptionId()));
        assertThat(mine.stream().map(d -> d.path("date").asString()).distinct())
                .containsExactly("2026-01-01", "2026-02-01", "2026-03-01");
        assertThat(mine).extracting(d -> d.path("subject").asString()).contains("Lisens Januar", "Lisens Mars");
        // issue 10: nothing only an issued document has (this was a fake id 0, number 0 and ISSUED)
        assertThat(mine).allSatisfy(d -> assertThat(d.has("id") || d.has("number") || d.has("status")
                || d.has("kid") || d.has("openAmount")).isFalse());
        assertThat(mine.getFirst().path("customerName").asString()).isNotBlank();
        assertThat(mine.getFirst().path("lines")).isNotEmpty();
        assertThat(forecast.path("totals").valueStream().filter(t -> t.path("subscriptionId").asLong()
                == f.subscriptionId())).singleElement().satisfies(t -> {
                    assertThat(t.path("documents").asInt()).isEqualTo(9);
                    assertThat(t.path("totalExclVat").decimalValue()).isEqualByComparingTo("4491.00");
                });
        assertThat(documents(f.subscriptionId())).isEmpty();
    }

    /** Issue 14: the sums cover every document; the items are one page of them, in date and customer order. */
    @Test
    void theForecastPagesItsDocumentsAndSumsThemAll() {
        Fixture f = subscription(5, Map.of());
        start(f);
        String base = "/api/v1/billing/forecast?from=2026-01-01&to=2026-02-28&subscriptionId=" + f.subscriptionId();
        JsonNode first = admin().get(base + "&size=4").json();
        JsonNode third = admin().get(base + "&size=4&page=2").json();
        assertThat(first.path("totalItems").asLong()).isEqualTo(10);
        assertThat(first.path("totalPages").asLong()).isEqualTo(3);
        assertThat(first.path("items")).hasSize(4);
        assertThat(third.path("items")).hasSize(2);
        assertThat(first.path("totalExclVat").decimalValue()).isEqualByComparingTo("4990.00");
        List<JsonNode> all = admin().get(base + "&size=10").json().path("items").valueStream().toList();
        assertThat(all.subList(0, 4)).extracting(d -> d.path("customerName").asString() + d.path("date").asString())
                .containsExactlyElementsOf(first.path("items").valueStream()
                        .map(d -> d.path("customerName").asString() + d.path("date").asString()).toList());
        assertThat(all).extracting(d -> d.path("date").asString()).isSorted();
    }

    @Test
    void theForecastOfADayIsWhatTheRunOfThatDayProduces() {
        Fixture f = subscription(4, Map.of());
        long late = post("/api/v1/customers", Map.of("name", unique("Sen"), "invoiceAddress",
                Map.of("postcode", "0150", "city", "Oslo"))).id();
        admin().post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", late,
                "startDate", "2026-02-10", "quantityFactor", "10/3"));
        start(f);
        String forecastDay = "2026-02-10";
        Map<String, String> forecast = byPeriod(admin().get("/api/v1/billing/forecast?from=2026-01-01&to="
                + forecastDay + "&subscriptionId=" + f.subscriptionId()).json().path("items").valueStream()
                .filter(d -> d.path("subscriptionId").asLong() == f.subscriptionId()).toList());
        // the forecast assumes the daily run: each run date it expects
        run("2026-01-01");
        run("2026-02-01");
        run(forecastDay);
        assertThat(byPeriod(documents(f.subscriptionId()))).isEqualTo(forecast).hasSize(9);
    }

    @Test
    void aForecastNeedsAWindowOfAtMostAYear() {
        assertThat(admin().get("/api/v1/billing/forecast?from=2026-01-01").errorFields()).containsExactly("to");
        assertThat(admin().get("/api/v1/billing/forecast?from=2026-02-01&to=2026-01-01").errorFields())
                .containsExactly("to");
        assertThat(admin().get("/api/v1/billing/forecast?from=2026-01-01&to=2027-06-01").status()).isEqualTo(400);
    }

    private static Map<String, String> byPeriod(List<JsonNode> documents) {
        return documents.stream().collect(Collectors.toMap(
                d -> d.path("subscriberId").asLong() + "/" + d.path("periodStart").asString(),
                d -> d.path("totalInclVat").decimalValue().stripTrailingZeros().toPlainString()
                        + "/" + d.path("date").asString()));
    }
}

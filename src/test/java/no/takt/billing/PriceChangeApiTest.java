package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.subscriptions.PriceChangeService;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12: price changes (PRODUCT.md §8) through the API — applied from the first period that starts on
 * or after the date, in the forecast and the run whether applied yet or not, recorded when applied.
 */
class PriceChangeApiTest extends BillingFixtures {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final LocalDate THIS_MONTH = TODAY.withDayOfMonth(1);
    private static final LocalDate NEXT_MONTH = THIS_MONTH.plusMonths(1);

    @Autowired
    PriceChangeService priceChanges;

    /** A subscription of the fixture's licence (499,00) with one subscriber from the first of last month. */
    private Fixture licensed() {
        Fixture f = subscription(0, Map.of());
        long customer = post("/api/v1/customers", Map.of("name", unique("Kunde"), "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        long subscriber = post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId",
                customer, "startDate", THIS_MONTH.minusMonths(1).toString())).id();
        start(f);
        return new Fixture(f.subscriptionId(), List.of(customer), List.of(subscriber), f.productId());
    }

    private JsonNode change(Map<String, Object> body) {
        return post("/api/v1/price-changes", body).json();
    }

    private Map<String, BigDecimal> pricesByPeriod(List<JsonNode> documents) {
        Map<String, BigDecimal> prices = new HashMap<>();
        documents.forEach(d -> {
            JsonNode full = d.path("lines").isMissingNode() || d.path("lines").isEmpty()
                    ? admin().get("/api/v1/documents/" + d.path("id").asLong()).json() : d;
            prices.put(full.path("periodStart").asString(), full.path("lines").get(0).path("unitPrice").decimalValue());
        });
        return prices;
    }

    /**
     * The yearly index regulation: +3,1 % from the first of next month on the product. This month is
     * billed at 499,00; the forecast and the run of next month at 514,47, before the change is applied.
     */
    @Test
    void aScheduledChangeBillsFromTheFirstPeriodStartingOnOrAfterItsDate() {
        Fixture f = licensed();
        JsonNode change = change(Map.of("effectiveDate", NEXT_MONTH.toString(), "productId", f.productId(),
                "percent", "3.1", "note", "Indeksregulering"));
        assertThat(change.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(change.path("lines").asInt()).isEqualTo(1);
        JsonNode coming = admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/start-summary").json()
                .path("comingPrices");
        assertThat(coming).hasSize(1);
        assertThat(coming.get(0).path("from").asString()).isEqualTo(NEXT_MONTH.toString());
        assertThat(coming.get(0).path("newUnitPrice").decimalValue()).isEqualByComparingTo("514.47");

        List<JsonNode> forecast = admin().get("/api/v1/billing/forecast?from=" + THIS_MONTH + "&to=" + NEXT_MONTH
                + "&subscriptionId=" + f.subscriptionId()).json().path("items").valueStream().toList();
        assertThat(pricesByPeriod(forecast)).containsOnlyKeys(THIS_MONTH.minusMonths(1).toString(),
                THIS_MONTH.toString(), NEXT_MONTH.toString());
        assertThat(pricesByPeriod(forecast).get(THIS_MONTH.toString())).isEqualByComparingTo("499.00");
        assertThat(pricesByPeriod(forecast).get(NEXT_MONTH.toString())).isEqualByComparingTo("514.47");

        run(THIS_MONTH.toString());
        run(NEXT_MONTH.toString());
        Map<String, BigDecimal> billed = pricesByPeriod(documents(f.subscriptionId()));
        assertThat(billed.get(THIS_MONTH.minusMonths(1).toString())).isEqualByComparingTo("499.00");
        assertThat(billed.get(THIS_MONTH.toString())).isEqualByComparingTo("499.00");
        assertThat(billed.get(NEXT_MONTH.toString())).isEqualByComparingTo("514.47");
        // scheduled, it has not touched the line yet
        assertThat(admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/lines").json().path("items").get(0)
                .path("unitPrice").decimalValue()).isEqualByComparingTo("499.00");
    }

    /**
     * A new price of 549,00 from today, applied: the line and the product hold it, the audit trail has the
     * line's old and new price, and a catch-up billed afterwards still bills the periods that started
     * before today at 499,00. Applied, the change can no longer be changed or cancelled.
     */
    @Test
    void anAppliedChangeIsRecordedAndKeepsThePriceOfEarlierPeriods() {
        Fixture f = licensed();
        long id = change(Map.of("effectiveDate", TODAY.toString(), "productId", f.productId(), "unitPrice", 549))
                .path("id").asLong();
        assertThat(priceChanges.applyDue()).isGreaterThanOrEqualTo(1);
        assertThat(priceChanges.applyDue()).isZero();

        JsonNode applied = admin().get("/api/v1/price-changes/" + id).json();
        assertThat(applied.path("status").asString()).isEqualTo("APPLIED");
        assertThat(applied.path("lines").asInt()).isEqualTo(1);
        JsonNode line = admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/lines").json().path("items").get(0);
        assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo("549.00");
        assertThat(admin().get("/api/v1/products/" + f.productId()).json().path("unitPrice").decimalValue())
                .isEqualByComparingTo("549.00");
        String history = admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/audit").body();
        assertThat(history).contains("499").contains("549");

        run(THIS_MONTH.toString());
        Map<String, BigDecimal> billed = pricesByPeriod(documents(f.subscriptionId()));
        for (LocalDate start : List.of(THIS_MONTH.minusMonths(1), THIS_MONTH)) {
            assertThat(billed.get(start.toString())).as(start.toString())
                    .isEqualByComparingTo(start.isBefore(TODAY) ? "499.00" : "549.00");
        }

        Api.Response edit = admin().put("/api/v1/price-changes/" + id, Map.of("effectiveDate", TODAY.toString(),
                "productId", f.productId(), "unitPrice", 600, "version", applied.path("version").asInt()));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(admin().delete("/api/v1/price-changes/" + id).status()).isEqualTo(409);
    }

    /** Chosen lines: only they change; a subscription of the same product without them keeps its price. */
    @Test
    void aChangeOfChosenLinesLeavesTheOthers() {
        Fixture chosen = licensed();
        Fixture other = licensed();
        long line = admin().get("/api/v1/subscriptions/" + chosen.subscriptionId() + "/lines").json().path("items")
                .get(0).path("id").asLong();
        JsonNode change = change(Map.of("effectiveDate", NEXT_MONTH.toString(), "lineIds", List.of(line),
                "percent", "-10"));
        assertThat(change.path("lineIds")).hasSize(1);
        String window = "?from=" + NEXT_MONTH + "&to=" + NEXT_MONTH + "&subscriptionId=";
        assertThat(pricesByPeriod(admin().get("/api/v1/billing/forecast" + window + chosen.subscriptionId()).json()
                .path("items").valueStream().toList()).get(NEXT_MONTH.toString())).isEqualByComparingTo("449.10");
        assertThat(pricesByPeriod(admin().get("/api/v1/billing/forecast" + window + other.subscriptionId()).json()
                .path("items").valueStream().toList()).get(NEXT_MONTH.toString())).isEqualByComparingTo("499.00");
    }

    @Test
    void aChangeIsCheckedAtItsFieldsAndCanBeReplacedOrCancelledWhileScheduled() {
        Fixture f = licensed();
        Api.Response past = admin().post("/api/v1/price-changes", Map.of("effectiveDate", TODAY.minusDays(1).toString(),
                "percent", 2));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.errorFields()).containsExactly("effectiveDate");
        assertThat(admin().post("/api/v1/price-changes", Map.of("effectiveDate", NEXT_MONTH.toString(),
                "productId", f.productId(), "percent", 2, "unitPrice", 10)).errorFields()).containsExactly("unitPrice");
        assertThat(admin().post("/api/v1/price-changes", Map.of("effectiveDate", NEXT_MONTH.toString(),
                "unitPrice", 10)).errorFields()).containsExactly("productId");
        assertThat(admin().post("/api/v1/price-changes", Map.of("effectiveDate", NEXT_MONTH.toString(),
                "productId", 999_999_999, "percent", 2)).errorFields()).containsExactly("productId");
        Api.Response unknownLine = admin().post("/api/v1/price-changes", Map.of("effectiveDate",
                NEXT_MONTH.toString(), "lineIds", List.of(999_999_999), "percent", 2));
        assertThat(unknownLine.status()).isEqualTo(422);
        assertThat(unknownLine.errorFields()).containsExactly("lineIds[0]");

        JsonNode change = change(Map.of("effectiveDate", NEXT_MONTH.toString(), "productId", f.productId(),
                "percent", "5"));
        long id = change.path("id").asLong();
        Api.Response replaced = admin().put("/api/v1/price-changes/" + id, Map.of("effectiveDate",
                NEXT_MONTH.plusMonths(1).toString(), "productId", f.productId(), "percent", "4", "version",
                change.path("version").asInt()));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("percent").decimalValue()).isEqualByComparingTo("4");
        assertThat(admin().get("/api/v1/price-changes?status=SCHEDULED&size=500").json().path("items").valueStream()
                .map(c -> c.path("id").asLong())).contains(id);
        assertThat(admin().delete("/api/v1/price-changes/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/price-changes/" + id).status()).isEqualTo(404);
    }
}

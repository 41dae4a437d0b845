package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The start summary and the run are worked out by one rule (billing.core.Drafting): what the summary
 * says a subscriber gets on the next run date is what the run bills, to the øre, and those it skips
 * are skipped for the same reason.
 */
class StartSummaryAndRunTest extends BillingFixtures {

    @Test
    void aCustomerInAGroupEntryAndADirectEntryIsBilledByTheFirstEntryInTheSummaryAndTheRunAlike() {
        Fixture f = subscription(0, Map.of());
        long group = post("/api/v1/customer-groups", Map.of("name", unique("Gruppe"))).id();
        long customer = post("/api/v1/customers", Map.of("name", unique("Kunde"), "groupIds", List.of(group),
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        String subscribers = "/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers";
        long viaGroup = post(subscribers, Map.of("customerGroupId", group, "quantityFactor", 2,
                "startDate", "2026-01-01")).id();
        long direct = post(subscribers, Map.of("customerId", customer, "startDate", "2026-01-01")).id();

        JsonNode summary = admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/start-summary").json();
        JsonNode groupEntry = entry(summary, viaGroup);
        JsonNode directEntry = entry(summary, direct);
        assertThat(groupEntry.path("skipped").isNull()).isTrue();
        assertThat(groupEntry.path("customerId").asLong()).isEqualTo(customer);
        assertThat(groupEntry.path("documentType").asString()).isEqualTo("INVOICE");
        int documents = groupEntry.path("documents").asInt();
        assertThat(documents).isPositive();
        assertThat(groupEntry.path("sumExclVat").decimalValue())
                .isEqualByComparingTo(new BigDecimal("998.00").multiply(BigDecimal.valueOf(documents)));
        assertThat(directEntry.path("skipped").asString()).isEqualTo("SAME_CUSTOMER");
        assertThat(directEntry.path("documents").asInt()).isZero();
        assertThat(summary.path("totalExclVat").decimalValue())
                .isEqualByComparingTo(groupEntry.path("sumExclVat").decimalValue());

        start(f);
        JsonNode run = run(summary.path("nextDate").asString());
        List<JsonNode> billed = documents(f.subscriptionId());
        assertThat(billed).hasSize(documents).allSatisfy(d -> {
            assertThat(d.path("subscriberId").asLong()).isEqualTo(viaGroup);
            assertThat(d.path("totalExclVat").decimalValue()).isEqualByComparingTo("998.00");
        });
        assertThat(billed.stream().map(d -> d.path("totalInclVat").decimalValue()).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo(groupEntry.path("totalInclVat").decimalValue());
        List<JsonNode> skips = admin().get("/api/v1/billing/runs/" + run.path("id").asLong() + "/skips").json()
                .path("items").valueStream().filter(s -> s.path("subscriberId").asLong() == direct).toList();
        assertThat(skips).singleElement().satisfies(s -> assertThat(s.path("reason").asString())
                .isEqualTo("SAME_CUSTOMER"));
    }

    private static JsonNode entry(JsonNode summary, long subscriberId) {
        return summary.path("entries").valueStream().filter(e -> e.path("subscriberId").asLong() == subscriberId)
                .findFirst().orElseThrow();
    }
}

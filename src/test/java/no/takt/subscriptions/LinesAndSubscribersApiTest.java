package no.takt.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LinesAndSubscribersApiTest extends SubscriptionFixtures {

    private long subscription() {
        return admin().post("/api/v1/subscriptions", subscriptionBody(unique("Linjer"))).id();
    }

    private String lines(long subscription) {
        return "/api/v1/subscriptions/" + subscription + "/lines";
    }

    private String subscribers(long subscription) {
        return "/api/v1/subscriptions/" + subscription + "/subscribers";
    }

    @Test
    void aProductLineTakesItsDefaultsFromTheProductAndComputesItsAmounts() {
        long id = subscription();
        long product = product("499", "3");
        Api.Response created = admin().post(lines(id), Map.of("productId", product, "quantity", 2,
                "percentDiscount", 10, "cashDiscount", "18.20"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode line = created.json();
        assertThat(line.path("name").asString()).startsWith("Lisens");
        assertThat(line.path("vatCode").asString()).isEqualTo("3");
        assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo("499");
        assertThat(line.path("sumExclVat").decimalValue()).isEqualByComparingTo("880.00");
        assertThat(line.path("margin").decimalValue()).isEqualByComparingTo("680.00");
        assertThat(line.path("marginPercent").decimalValue()).isEqualByComparingTo("77.27");
        assertThat(line.path("sumInclVat").decimalValue()).isEqualByComparingTo("1100.00");
        assertThat(line.path("lockedQuantity").asBoolean()).isFalse();
        assertThat(line.path("position").asInt()).isEqualTo(1);

        JsonNode preview = admin().post(lines(id) + "/preview", Map.of("productId", product, "quantity", 3)).json();
        assertThat(preview.path("sumExclVat").decimalValue()).isEqualByComparingTo("1497.00");
        assertThat(admin().get(lines(id)).json().path("items").size()).isEqualTo(1);
    }

    @Test
    void theListsStandardSumIsTheLinesPricedInTheSubscriptionsCurrencyAndFollowsEveryChange() {
        Map<String, Object> body = new java.util.HashMap<>(subscriptionBody(unique("Kroner")));
        body.put("currency", "ISK");
        long id = admin().post("/api/v1/subscriptions", body).id();
        long product = product("33.33", "3");
        long line = admin().post(lines(id), Map.of("productId", product, "quantity", 3)).id();
        admin().post(lines(id), Map.of("freeText", true, "name", "Takk"));
        // 3 × 33.33 = 99.99, which is 100 in a currency without øre (ISK), as the line itself says
        assertThat(admin().get(lines(id) + "/" + line).json().path("sumExclVat").decimalValue())
                .isEqualByComparingTo("100");
        assertThat(sum(id)).isEqualByComparingTo("100");

        JsonNode settings = admin().get("/api/v1/subscriptions/" + id).json();
        Map<String, Object> inKroner = new java.util.HashMap<>(subscriptionBody(settings.path("subject").asString()));
        inKroner.put("currency", "NOK");
        inKroner.put("version", settings.path("version").asInt());
        assertThat(admin().put("/api/v1/subscriptions/" + id, inKroner).status()).isEqualTo(200);
        assertThat(sum(id)).isEqualByComparingTo("99.99");
        admin().delete(lines(id) + "/" + line);
        assertThat(sum(id)).isEqualByComparingTo("0");
    }

    private java.math.BigDecimal sum(long subscription) {
        return admin().get("/api/v1/subscriptions/" + subscription).json().path("sumExclVat").decimalValue();
    }

    @Test
    void freeTextLinesSitBetweenAndLinesCanBeReordered() {
        long id = subscription();
        long first = admin().post(lines(id), Map.of("productId", product("100", "3"))).id();
        long text = admin().post(lines(id), Map.of("freeText", true, "name", "Lisenser", "bold", true)).id();
        long third = admin().post(lines(id), Map.of("productId", product("50", "33"))).id();
        JsonNode moved = admin().put(lines(id) + "/" + text, Map.of("freeText", true, "name", "Lisenser", "bold", true,
                "position", 1)).json();
        assertThat(moved.path("position").asInt()).isEqualTo(1);
        assertThat(moved.path("sumExclVat").isNull()).isTrue();
        assertThat(admin().get(lines(id)).json().path("items").valueStream().map(l -> l.path("id").asLong()))
                .containsExactly(text, first, third);
        assertThat(admin().get("/api/v1/subscriptions/" + id).json().path("sumExclVat").decimalValue())
                .isEqualByComparingTo("150.00");
        admin().delete(lines(id) + "/" + first);
        assertThat(admin().get(lines(id)).json().path("items").valueStream().map(l -> l.path("position").asInt()))
                .containsExactly(1, 2);
    }

    @Test
    void invoiceFeeAndFreightLinesComeFromTheTermsLocked() {
        long fee = product("49", "3");
        long terms = admin().post("/api/v1/payment-terms", Map.of("name", unique("14 dager"), "creditDays", 14,
                "invoiceFeeProductId", fee)).id();
        java.util.Map<String, Object> body = subscriptionBody(unique("Gebyr"));
        body.put("paymentTermsId", terms);
        long id = admin().post("/api/v1/subscriptions", body).id();
        JsonNode line = admin().post(lines(id), Map.of("kind", "INVOICE_FEE")).json();
        assertThat(line.path("productId").asLong()).isEqualTo(fee);
        assertThat(line.path("kind").asString()).isEqualTo("INVOICE_FEE");
        assertThat(line.path("lockedUnitPrice").asBoolean()).isTrue();
        assertThat(line.path("lockedQuantity").asBoolean()).isTrue();
        Api.Response noFreight = admin().post(lines(id), Map.of("kind", "FREIGHT"));
        assertThat(noFreight.status()).isEqualTo(422);
        assertThat(noFreight.errorFields()).containsExactly("kind");
    }

    @Test
    void badLinesAreRefusedAndALineOfAnotherSubscriptionIsNotFound() {
        long id = subscription();
        long other = subscription();
        Api.Response tooMuch = admin().post(lines(id), Map.of("name", "X", "vatCode", "3", "percentDiscount", 101,
                "unitPrice", -1));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.errorFields()).containsExactlyInAnyOrder("percentDiscount", "unitPrice");
        assertThat(admin().post(lines(id), Map.of("productId", 99999999)).errorFields()).containsExactly("productId");
        assertThat(admin().post(lines(id), Map.of("name", "X", "vatCode", "77")).status()).isEqualTo(422);
        assertThat(admin().post(lines(id), Map.of("quantity", 1)).errorFields()).containsExactlyInAnyOrder("name",
                "vatCode");

        long line = admin().post(lines(id), Map.of("name", "Eget", "vatCode", "3", "unitPrice", 10)).id();
        assertThat(admin().get(lines(other) + "/" + line).status()).isEqualTo(404);
        assertThat(admin().put(lines(other) + "/" + line, Map.of("name", "X", "vatCode", "3")).status()).isEqualTo(404);
        assertThat(admin().delete(lines(other) + "/" + line).status()).isEqualTo(404);
        assertThat(admin().get(lines(99999999)).status()).isEqualTo(404);
    }

    @Test
    void subscribersHaveOverridesAndTheirComputedEmail() {
        long id = subscription();
        long customer = admin().post("/api/v1/customers", Map.of("name", unique("Uten e-post"))).id();
        admin().post("/api/v1/customers/" + customer + "/contacts", Map.of("name", "Kari", "email", "kari@firma.no",
                "defaultYourReference", true));
        Api.Response created = admin().post(subscribers(id), Map.of("customerId", customer, "quantityFactor", "10/3",
                "specialPercentDiscount", 20, "startDate", "2026-02-01", "vatOverride", "EXPORT", "language", "en"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode s = created.json();
        assertThat(s.path("email").asString()).isEqualTo("kari@firma.no");
        assertThat(s.path("quantityFactor").decimalValue()).isEqualByComparingTo("3.333333333333");
        assertThat(s.path("overrides").asBoolean()).isTrue();
        assertThat(s.path("customerName").asString()).startsWith("Uten e-post");
        assertThat(s.path("active").asBoolean()).isTrue();
    }

    @Test
    void badSubscribersAreRefusedWithTheirFields() {
        long id = subscription();
        long customer = customer("0150");
        Api.Response negative = admin().post(subscribers(id), Map.of("customerId", customer, "quantityFactor", "-2",
                "specialPercentDiscount", 120, "startDate", "2026-05-01", "endDate", "2026-04-01"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).contains("specialPercentDiscount");
        assertThat(admin().post(subscribers(id), Map.of("customerId", customer, "quantityFactor", "-2",
                "startDate", "2026-05-01", "endDate", "2026-04-01")).errorFields())
                .containsExactlyInAnyOrder("quantityFactor", "endDate");
        assertThat(admin().post(subscribers(id), Map.of("customerId", customer, "quantityFactor", "1/0"))
                .errorFields()).containsExactly("quantityFactor");
        Api.Response unknown = admin().post(subscribers(id), Map.of("customerId", 99999999));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("customerId");
        long otherCustomer = customer("0150");
        long contact = admin().post("/api/v1/customers/" + otherCustomer + "/contacts", Map.of("name", "Ola")).id();
        assertThat(admin().post(subscribers(id), Map.of("customerId", customer, "contactId", contact)).errorFields())
                .containsExactly("contactId");
        assertThat(admin().post(subscribers(id), Map.of()).errorFields()).containsExactly("customerId");
    }

    @Test
    void manySubscribersAreAddedAtOnceByCriteriaAndGroupsAreSubscribedWhole() {
        long id = subscription();
        long group = admin().post("/api/v1/customer-groups", Map.of("name", unique("Nord"))).id();
        String prefix = String.valueOf(7000 + unique() % 900);
        long a = admin().post("/api/v1/customers", Map.of("name", unique("Nord A"), "groupIds", List.of(group),
                "invoiceAddress", Map.of("postcode", prefix + "1", "city", "Tromsø"))).id();
        long b = admin().post("/api/v1/customers", Map.of("name", unique("Nord B"), "groupIds", List.of(group),
                "invoiceAddress", Map.of("postcode", prefix + "5", "city", "Tromsø"))).id();
        admin().post("/api/v1/customers", Map.of("name", unique("Nord C"), "groupIds", List.of(group), "active",
                false));
        admin().post(subscribers(id), Map.of("customerId", a));

        JsonNode added = admin().post(subscribers(id) + "/bulk", Map.of("customerGroupId", group)).json();
        assertThat(added.path("items").valueStream().map(s -> s.path("customerId").asLong())).containsExactly(b);
        JsonNode byPostcode = admin().post(subscribers(id) + "/bulk", Map.of("postcodeFrom", prefix + "0",
                "postcodeTo", prefix + "9", "onlyWithoutThisSubscription", false)).json();
        assertThat(byPostcode.path("items").valueStream().map(s -> s.path("customerId").asLong()))
                .containsExactlyInAnyOrder(a, b);

        JsonNode whole = admin().post(subscribers(id), Map.of("customerGroupId", group)).json();
        assertThat(whole.path("customerGroupName").asString()).startsWith("Nord");
        assertThat(admin().post(subscribers(id), Map.of("customerId", a, "customerGroupId", group)).errorFields())
                .containsExactly("customerId");
        assertThat(admin().get(subscribers(id) + "?size=2").json().path("totalItems").asLong()).isEqualTo(5);
    }
}

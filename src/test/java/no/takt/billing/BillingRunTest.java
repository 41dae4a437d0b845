package no.takt.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.takt.platform.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BillingRunTest extends BillingFixtures {

    @org.springframework.beans.factory.annotation.Autowired
    no.takt.subscriptions.SubscriptionService subscriptionService;

    /** Issue 10: "Neste dato" and {@code nextDate} move on once the run of that date has billed it. */
    @Test
    void theNextDateMovesPastTheDateItsRunHasBilled() {
        Fixture f = subscription(1, Map.of());
        start(f);
        java.time.LocalDate today = java.time.LocalDate.now();
        java.time.LocalDate firstAhead = today.withDayOfMonth(1).plusMonths(1);
        Fixture ending = subscription(1, Map.of("endCriterion", Map.of("type", "DATE", "date",
                firstAhead.plusDays(10).toString())));
        start(ending);
        String path = "/api/v1/subscriptions/" + f.subscriptionId();
        assertThat(admin().get(path).json().path("nextDate").asString())
                .isEqualTo((today.getDayOfMonth() == 1 ? today : firstAhead).toString());

        run(firstAhead.toString());

        String next = firstAhead.plusMonths(1).toString();
        assertThat(admin().get(path).json().path("nextDate").asString()).isEqualTo(next);
        assertThat(admin().get("/api/v1/subscriptions?size=500").json().path("items").valueStream()
                .filter(s -> s.path("id").asLong() == f.subscriptionId()).findFirst().orElseThrow()
                .path("nextDate").asString()).isEqualTo(next);
        JsonNode ended = admin().get("/api/v1/subscriptions/" + ending.subscriptionId()).json();
        assertThat(ended.path("nextDate").isNull()).isTrue();
        assertThat(ended.path("status").asString()).isEqualTo("ENDED");
    }

    /** Issue 13: the list sorts by the orders produced, which each ended run adds once. */
    @Test
    void theOrdersARunProducedAreCountedOnceAndTheListSortsByThem() {
        Fixture many = subscription(3, Map.of());
        start(many);
        Fixture few = subscription(1, Map.of());
        start(few);
        JsonNode run = run("2026-02-01");

        List<JsonNode> documents = documents(many.subscriptionId());
        assertThat(documents).hasSize(6);
        JsonNode first = documents.stream().min(java.util.Comparator.comparingLong(d -> d.path("id").asLong()))
                .orElseThrow();
        JsonNode last = documents.stream().max(java.util.Comparator.comparingLong(d -> d.path("id").asLong()))
                .orElseThrow();
        JsonNode counted = admin().get("/api/v1/subscriptions/" + many.subscriptionId()).json();
        assertThat(counted.path("ordersProduced").asLong()).isEqualTo(6);
        assertThat(counted.path("firstOrderDate").asString()).isEqualTo(first.path("date").asString());
        assertThat(counted.path("firstOrderNumber").asString()).isEqualTo(shortNumber(first));
        assertThat(counted.path("lastOrderNumber").asString()).isEqualTo(shortNumber(last));
        assertThat(admin().get("/api/v1/subscriptions/" + few.subscriptionId()).json().path("ordersProduced").asLong())
                .isEqualTo(2);

        subscriptionService.countOrders(run.path("id").asLong());
        assertThat(admin().get("/api/v1/subscriptions/" + many.subscriptionId()).json().path("ordersProduced")
                .asLong()).isEqualTo(6);

        List<Long> ascending = admin().get("/api/v1/subscriptions?size=500&sort=ordersProduced").json().path("items")
                .valueStream().map(s -> s.path("id").asLong())
                .filter(id -> id == many.subscriptionId() || id == few.subscriptionId()).toList();
        assertThat(ascending).containsExactly(few.subscriptionId(), many.subscriptionId());
        List<Long> descending = admin().get("/api/v1/subscriptions?size=500&sort=-ordersProduced").json()
                .path("items").valueStream().map(s -> s.path("id").asLong())
                .filter(id -> id == many.subscriptionId() || id == few.subscriptionId()).toList();
        assertThat(descending).containsExactly(many.subscriptionId(), few.subscriptionId());
    }

    private static String shortNumber(JsonNode document) {
        return ("INVOICE".equals(document.path("type").asString()) ? "F" : "S") + document.path("number").asLong();
    }

    @Test
    void aRunBillsEveryMissedPeriodAsItsOwnDocumentAndARepeatBillsNothing() {
        Fixture f = subscription(4, Map.of("useKid", true, "kidFormat", "cccccciiiiii",
                "subject", "Lisens @MONTHSTRING@", "appendPeriodToSubject", true));
        start(f);
        JsonNode run = run("2026-03-01");
        assertThat(run.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.path("documentsCreated").asInt()).isGreaterThanOrEqualTo(12);

        List<JsonNode> documents = documents(f.subscriptionId());
        assertThat(documents).hasSize(12);
        for (long subscriber : f.subscribers()) {
            List<JsonNode> own = documents.stream().filter(d -> d.path("subscriberId").asLong() == subscriber).toList();
            assertThat(own).extracting(d -> d.path("periodStart").asString())
                    .containsExactlyInAnyOrder("2026-01-01", "2026-02-01", "2026-03-01");
        }
        JsonNode march = documents.stream().filter(d -> d.path("periodStart").asString().equals("2026-03-01"))
                .findFirst().orElseThrow();
        assertThat(march.path("type").asString()).isEqualTo("INVOICE");
        assertThat(march.path("date").asString()).isEqualTo("2026-03-01");
        assertThat(march.path("dueDate").asString()).isEqualTo("2026-03-15");
        assertThat(march.path("periodEnd").asString()).isEqualTo("2026-03-31");
        assertThat(march.path("subject").asString()).isEqualTo("Lisens Mars (03 2026)");
        assertThat(march.path("totalExclVat").decimalValue()).isEqualByComparingTo("499.00");
        assertThat(march.path("totalVat").decimalValue()).isEqualByComparingTo("124.75");
        assertThat(march.path("totalInclVat").decimalValue()).isEqualByComparingTo("623.75");
        assertThat(march.path("vatBreakdown").get(0).path("rate").decimalValue()).isEqualByComparingTo("25");
        assertThat(march.path("lines").get(0).path("sumExclVat").decimalValue()).isEqualByComparingTo("499.00");
        assertThat(march.path("customerName").asString()).startsWith("Kunde");
        assertThat(march.path("invoiceAddress").path("city").asString()).isEqualTo("Oslo");
        String kid = march.path("kid").asString();
        assertThat(kid).hasSize(13).startsWith(String.format("%06d", march.path("customerNumber").asLong()))
                .contains(String.format("%06d", march.path("number").asLong()));
        assertThat(no.takt.documents.core.Kid.isValid(kid)).isTrue();

        run("2026-03-01");
        run("2026-03-20");
        assertThat(documents(f.subscriptionId())).hasSize(12);
        run("2026-04-01");
        assertThat(documents(f.subscriptionId())).hasSize(16);
        assertGapless("INVOICE");
    }

    /** Issue 14: a start date typed wrong billed decades at once; one run bills at most 36 periods a subscriber. */
    @Test
    void aCatchUpOfMoreThanTheLimitBillsTheFirstThirtySixPeriodsAndReportsTheRestForTheNextRun() {
        long seller = post("/api/v1/employees", Map.of("name", unique("Selger"))).id();
        long frequency = post("/api/v1/frequencies", Map.of("name", unique("Månedlig"), "unit", "MONTH",
                "dayOfMonth", 1, "startDate", "2023-01-01")).id();
        long subscription = post("/api/v1/subscriptions", Map.of("subject", unique("Lenge siden"), "frequencyId",
                frequency, "ourReferenceId", seller, "sellerId", seller)).id();
        post("/api/v1/subscriptions/" + subscription + "/lines", Map.of("name", "Abonnement", "quantity", 1,
                "unitPrice", 100, "vatCode", "3"));
        long customer = post("/api/v1/customers", Map.of("name", unique("Gammel kunde"), "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        long subscriber = post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                "startDate", "2023-01-01")).id();
        start(new Fixture(subscription, List.of(customer), List.of(subscriber), 0));

        JsonNode first = run("2026-02-01");
        assertThat(documents(subscription)).hasSize(36).extracting(d -> d.path("periodStart").asString())
                .contains("2023-01-01", "2025-12-01").doesNotContain("2026-01-01");
        assertThat(admin().get("/api/v1/billing/runs/" + first.path("id").asLong() + "/skips").json().path("items")
                .valueStream().filter(k -> k.path("subscriberId").asLong() == subscriber).toList())
                .singleElement().satisfies(k -> {
                    assertThat(k.path("reason").asString()).isEqualTo("CATCH_UP_LIMIT");
                    assertThat(k.path("detail").asString()).isEqualTo("2 × 2026-01-01…2026-02-01");
                });
        run("2026-02-01");
        assertThat(documents(subscription)).hasSize(38);
    }

    @Test
    void aRunForADateMoreThanAMonthAheadIsRefusedAtTheDate() {
        for (String date : List.of("2100-01-01", java.time.LocalDate.now().plusDays(32).toString())) {
            no.takt.support.Api.Response refused = admin().post("/api/v1/billing/runs", Map.of("date", date));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("date");
        }
    }

    @Test
    void theVatBaseFieldsSumEachLineByTheRateClassStoredWithItsVatCode() {
        String code = "L" + unique() % 100_000;
        post("/api/v1/vat-codes", Map.of("code", code, "name", "Særskilt lav sats", "rate", 14, "rateClass", "LOW"));
        Fixture f = subscription(1, Map.of("subject", "Lav @TAXLOW@, middels @TAXMEDIUM@, høy @TAXHIGH@"));
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines", Map.of("name", "Tilleggstjeneste",
                "quantity", 1, "unitPrice", 200, "vatCode", code));
        start(f);
        run("2026-01-01");
        assertThat(documents(f.subscriptionId())).singleElement().satisfies(d ->
                assertThat(d.path("subject").asString()).isEqualTo("Lav 200,00, middels 0,00, høy 499,00"));
    }

    @Test
    void aSubscriberStartingMidMonthGetsAProratedPartPeriod() {
        Fixture f = subscription(0, Map.of());
        long customer = post("/api/v1/customers", Map.of("name", unique("Midt i"), "invoiceAddress",
                Map.of("postcode", "0150", "city", "Oslo"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-02-15"));
        start(f);
        run("2026-02-15");
        List<JsonNode> documents = documents(f.subscriptionId());
        assertThat(documents).hasSize(1);
        JsonNode part = documents.getFirst();
        assertThat(part.path("partPeriod").asBoolean()).isTrue();
        assertThat(part.path("periodStart").asString()).isEqualTo("2026-02-15");
        assertThat(part.path("periodEnd").asString()).isEqualTo("2026-02-28");
        assertThat(part.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(part.path("totalExclVat").decimalValue()).isEqualByComparingTo("249.50");
        run("2026-03-01");
        assertThat(documents(f.subscriptionId())).extracting(d -> d.path("totalExclVat").decimalValue()
                .stripTrailingZeros().toPlainString()).containsExactlyInAnyOrder("249.5", "499");
    }

    @Test
    void aBadRecordIsSkippedWithItsReasonAndTheRunGoesOn() {
        Fixture f = subscription(3, Map.of("useKid", true, "kidFormat", "ccccciiiii"));
        start(f);
        long inactive = f.customers().get(1);
        JsonNode customer = admin().get("/api/v1/customers/" + inactive).json();
        admin().put("/api/v1/customers/" + inactive, Map.of("name", customer.path("name").asString(), "active", false,
                "customerNumber", customer.path("customerNumber").asLong()));
        JsonNode run = run("2026-01-01");
        assertThat(documents(f.subscriptionId())).hasSize(2);
        JsonNode skips = admin().get("/api/v1/billing/runs/" + run.path("id").asLong() + "/skips").json().path("items");
        assertThat(skips.valueStream().filter(s -> s.path("subscriberId").asLong() == f.subscribers().get(1)))
                .singleElement().satisfies(s -> assertThat(s.path("reason").asString()).isEqualTo("INACTIVE_CUSTOMER"));
        assertThat(run.path("subscribersSkipped").asInt()).isPositive();
    }

    @Test
    void withoutAValidInvoiceAddressOnlyASalesOrderIsMade() {
        Fixture f = subscription(0, Map.of());
        long customer = post("/api/v1/customers", Map.of("name", unique("Uten adresse"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        start(f);
        run("2026-01-01");
        JsonNode order = documents(f.subscriptionId()).getFirst();
        assertThat(order.path("type").asString()).isEqualTo("SALES_ORDER");
        assertThat(order.path("status").asString()).isEqualTo("OPEN");
        assertThat(order.path("kid").isNull()).isTrue();
        assertGapless("SALES_ORDER");
    }

    @Test
    void oneTimeLinesAreBilledOnceThenRemovedAndStockGoesDown() {
        Fixture f = subscription(2, Map.of("updateStock", true));
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines", Map.of("name", "Etablering", "vatCode", "3",
                "unitPrice", 1000, "oneTime", true));
        start(f);
        run("2026-02-01");
        List<JsonNode> documents = documents(f.subscriptionId());
        assertThat(documents).hasSize(4);
        assertThat(documents.stream().filter(d -> d.path("lines").size() == 2)).hasSize(2);
        assertThat(admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/lines").json().path("items").size())
                .isEqualTo(1);
        assertThat(admin().get("/api/v1/products/" + f.productId()).json().path("stockOnHand").decimalValue())
                .isEqualByComparingTo("996");
    }

    @Test
    void onlyAnAdminStartsARunAndEveryoneSeesRunsAndDocuments() {
        assertThat(as(Role.BILLING).post("/api/v1/billing/runs", Map.of("date", "2026-01-01")).status())
                .isEqualTo(403);
        assertThat(as(Role.READONLY).get("/api/v1/billing/runs").status()).isEqualTo(200);
        assertThat(as(Role.READONLY).get("/api/v1/documents").status()).isEqualTo(200);
        assertThat(admin().post("/api/v1/billing/runs", Map.of()).errorFields()).containsExactly("date");
        assertThat(admin().get("/api/v1/documents/999999999").status()).isEqualTo(404);
    }
}

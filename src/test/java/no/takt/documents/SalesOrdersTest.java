package no.takt.documents;

import no.takt.billing.BillingFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.takt.documents.core.Kid;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class SalesOrdersTest extends BillingFixtures {

    @Autowired
    Clock clock;

    @Test
    void anOrderIsEditedThenInvoicedOnceNumberedAtThatMomentWithItsKid() {
        Fixture f = subscription(1, Map.of("processingStep", "SALES_ORDER", "useKid", true,
                "kidFormat", "cccccciiiiii", "creditDays", 10));
        start(f);
        run("2026-01-01");
        JsonNode order = documents(f.subscriptionId()).getFirst();
        long id = order.path("id").asLong();
        assertThat(order.path("type").asString()).isEqualTo("SALES_ORDER");
        assertThat(order.path("status").asString()).isEqualTo("OPEN");

        Map<String, Object> edit = edit(order, List.of(
                line(order.path("lines").get(0), Map.of("quantity", 2)),
                Map.of("freeText", true, "name", "Avtalt på telefon", "bold", true),
                Map.of("productId", f.productId(), "quantity", 1, "percentDiscount", 10)));
        edit.put("subject", "Lisens januar, justert");
        edit.put("yourReference", "Ola Innkjøper");
        Api.Response edited = adminByToken().put("/api/v1/documents/" + id, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode o = edited.json();
        assertThat(o.path("subject").asString()).isEqualTo("Lisens januar, justert");
        assertThat(o.path("yourReference").asString()).isEqualTo("Ola Innkjøper");
        assertThat(o.path("lines")).hasSize(3);
        assertThat(o.path("lines").get(1).path("bold").asBoolean()).isTrue();
        // 2 × 499 + 499 less 10 % = 998 + 449.10; VAT 25 %.
        assertThat(o.path("lines").get(2).path("name").asString()).isEqualTo("Lisens");
        assertThat(o.path("lines").get(2).path("sumExclVat").decimalValue()).isEqualByComparingTo("449.10");
        assertThat(o.path("totalExclVat").decimalValue()).isEqualByComparingTo("1447.10");
        assertThat(o.path("totalVat").decimalValue()).isEqualByComparingTo("361.78");
        assertThat(o.path("totalInclVat").decimalValue()).isEqualByComparingTo("1808.88");
        assertThat(o.path("vatBreakdown").get(0).path("base").decimalValue()).isEqualByComparingTo("1447.10");

        Api.Response invoiced = adminByToken().post("/api/v1/documents/" + id + "/invoice", "");
        assertThat(invoiced.status()).as(invoiced.toString()).isEqualTo(201);
        JsonNode invoice = invoiced.json();
        LocalDate today = LocalDate.now(clock);
        assertThat(invoice.path("type").asString()).isEqualTo("INVOICE");
        assertThat(invoice.path("status").asString()).isEqualTo("ISSUED");
        assertThat(invoice.path("salesOrderId").asLong()).isEqualTo(id);
        assertThat(invoice.path("date").asString()).isEqualTo(today.toString());
        assertThat(invoice.path("dueDate").asString()).isEqualTo(today.plusDays(10).toString());
        assertThat(invoice.path("periodStart").asString()).isEqualTo("2026-01-01");
        assertThat(invoice.path("subject").asString()).isEqualTo("Lisens januar, justert");
        assertThat(invoice.path("totalInclVat").decimalValue()).isEqualByComparingTo("1808.88");
        assertThat(invoice.path("lines")).hasSize(3);
        long customerNumber = invoice.path("customerNumber").asLong();
        assertThat(invoice.path("kid").asString()).isEqualTo(Kid.of("cccccciiiiii", customerNumber,
                invoice.path("number").asLong(), Kid.Algorithm.MOD10).orElseThrow());
        assertGapless("INVOICE");

        JsonNode after = admin().get("/api/v1/documents/" + id).json();
        assertThat(after.path("status").asString()).isEqualTo("INVOICED");
        assertThat(after.path("invoiceId").asLong()).isEqualTo(invoice.path("id").asLong());
        assertThat(adminByToken().post("/api/v1/documents/" + id + "/invoice", "").status()).isEqualTo(409);
        assertThat(adminByToken().put("/api/v1/documents/" + id, edit).status()).isEqualTo(409);
        long invoiceId = invoice.path("id").asLong();
        Api.Response changeInvoice = adminByToken().put("/api/v1/documents/" + invoiceId, edit);
        assertThat(changeInvoice.status()).isEqualTo(409);
        assertThat(changeInvoice.json().path("detail").asString()).contains("credit note");
        assertThat(adminByToken().delete("/api/v1/documents/" + invoiceId).status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/documents/" + invoiceId).json().path("totalInclVat").decimalValue())
                .isEqualByComparingTo("1808.88");

        // The period stays billed once; the next month is the subscriber's second order of the year.
        run("2026-01-01");
        assertThat(documents(f.subscriptionId())).hasSize(2);
        run("2026-02-01");
        List<JsonNode> all = documents(f.subscriptionId());
        assertThat(all).hasSize(3);
        JsonNode february = all.stream().filter(d -> d.path("periodStart").asString().equals("2026-02-01"))
                .findFirst().orElseThrow();
        assertThat(february.path("type").asString()).isEqualTo("SALES_ORDER");
        assertThat(february.path("periodIndex").asInt()).isEqualTo(2);
    }

    @Test
    void aBadEditIsRefusedAtItsFieldsAndChangesNothing() {
        Fixture f = subscription(1, Map.of("processingStep", "SALES_ORDER"));
        start(f);
        run("2026-01-01");
        JsonNode order = documents(f.subscriptionId()).getFirst();
        String path = "/api/v1/documents/" + order.path("id").asLong();

        Map<String, Object> edit = edit(order, List.of(Map.of("name", "Uten pris", "quantity", 1, "vatCode", "3"),
                Map.of("name", "Ukjent mva", "quantity", 1, "unitPrice", 10, "vatCode", "99")));
        edit.put("dueDate", "2025-12-31");
        Api.Response refused = adminByToken().put(path, edit);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("lines[0].unitPrice", "lines[1].vatCode",
                "dueDate");
        edit.put("lines", List.of());
        assertThat(adminByToken().put(path, edit).errorFields()).containsExactly("lines");

        JsonNode unchanged = admin().get(path).json();
        assertThat(unchanged.path("lines")).hasSize(1);
        assertThat(unchanged.path("totalExclVat").decimalValue()).isEqualByComparingTo("499.00");
        assertThat(unchanged.path("dueDate").asString()).isEqualTo(order.path("dueDate").asString());
    }

    @Test
    void anOrderMadeForAMissingAddressIsInvoicedOnceTheAddressIsOnIt() {
        Fixture f = subscription(0, Map.of("invoiceAddressFormat", "REQUIRED"));
        long customer = post("/api/v1/customers", Map.of("name", unique("Uten adresse"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers",
                Map.of("customerId", customer, "startDate", "2026-01-01"));
        start(f);
        run("2026-01-01");
        JsonNode order = documents(f.subscriptionId()).getFirst();
        String path = "/api/v1/documents/" + order.path("id").asLong();
        assertThat(order.path("type").asString()).isEqualTo("SALES_ORDER");

        Api.Response refused = adminByToken().post(path + "/invoice", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("invoiceAddress");

        Map<String, Object> edit = edit(order, List.of(line(order.path("lines").get(0), Map.of())));
        edit.put("invoiceAddress", Map.of("street", "Kaigata 2", "postcode", "5003", "city", "Bergen"));
        assertThat(adminByToken().put(path, edit).status()).isEqualTo(200);
        JsonNode invoice = adminByToken().post(path + "/invoice", "").json();
        assertThat(invoice.path("invoiceAddress").path("city").asString()).isEqualTo("Bergen");
        assertThat(invoice.path("totalExclVat").decimalValue()).isEqualByComparingTo("499.00");
    }

    @Test
    void ordersAreInvoicedManyAtATimeAndThoseThatCannotBeAreListed() {
        Fixture f = subscription(3, Map.of("processingStep", "SALES_ORDER"));
        start(f);
        long runId = run("2026-01-01").path("id").asLong();
        List<Long> ids = documents(f.subscriptionId()).stream().map(d -> d.path("id").asLong()).toList();
        assertThat(adminByToken().delete("/api/v1/documents/" + ids.get(0)).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/documents/" + ids.get(0)).json().path("status").asString())
                .isEqualTo("CANCELLED");

        JsonNode bulk = adminByToken().post("/api/v1/documents/invoice-orders", Map.of("documentIds", ids)).json();
        assertThat(bulk.path("items")).hasSize(2);
        assertThat(bulk.path("failures")).hasSize(1);
        assertThat(bulk.path("failures").get(0).path("documentId").asLong()).isEqualTo(ids.get(0));
        assertThat(bulk.path("failures").get(0).path("status").asInt()).isEqualTo(409);
        assertThat(bulk.path("failures").get(0).path("detail").asString()).isNotBlank();
        assertGapless("INVOICE");

        JsonNode again = adminByToken().post("/api/v1/documents/invoice-orders", Map.of("runId", runId)).json();
        assertThat(again.path("items")).isEmpty();
        run("2026-01-01");
        assertThat(documents(f.subscriptionId()).stream().filter(d -> d.path("type").asString().equals("INVOICE")))
                .hasSize(2);
    }

    @Test
    void anOrderInvoicedByTwoRequestsAtOnceBecomesOneInvoice() throws Exception {
        Fixture f = subscription(1, Map.of("processingStep", "SALES_ORDER"));
        start(f);
        run("2026-01-01");
        long id = documents(f.subscriptionId()).getFirst().path("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> invoice = () -> adminByToken().post("/api/v1/documents/" + id + "/invoice", "")
                        .status();
                answers.add(pool.submit(invoice));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from document where sales_order_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(1);
        assertGapless("INVOICE");
    }

    /** A PUT body from the order as it is (a PUT replaces all: what is left out is cleared), with these lines. */
    private static Map<String, Object> edit(JsonNode order, List<Map<String, Object>> lines) {
        Map<String, Object> edit = new HashMap<>();
        edit.put("subject", order.path("subject").asString());
        edit.put("dueDate", order.path("dueDate").asString());
        edit.put("ourReference", order.path("ourReference").asString());
        edit.put("email", order.path("email").isNull() ? null : order.path("email").asString());
        edit.put("invoiceAddress", address(order.path("invoiceAddress")));
        edit.put("deliveryAddress", address(order.path("deliveryAddress")));
        edit.put("lines", lines);
        return edit;
    }

    private static Map<String, Object> address(JsonNode a) {
        Map<String, Object> address = new HashMap<>();
        for (String field : List.of("street", "postcode", "city", "country")) {
            address.put(field, a.path(field).isNull()
                    || a.path(field).isMissingNode() ? null : a.path(field).asString());
        }
        return address;
    }

    /** An order line as a line edit, with these changes. */
    private static Map<String, Object> line(JsonNode line, Map<String, Object> changes) {
        Map<String, Object> edit = new HashMap<>(Map.of("name", line.path("name").asString(),
                "quantity", line.path("quantity").decimalValue(), "unitPrice", line.path("unitPrice").decimalValue(),
                "vatCode", line.path("vatCode").asString()));
        if (!line.path("productId").isNull()) {
            edit.put("productId", line.path("productId").asLong());
        }
        edit.putAll(changes);
        return edit;
    }
}

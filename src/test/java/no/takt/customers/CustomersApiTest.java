package no.takt.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomersApiTest extends IntegrationTest {

    private static Map<String, Object> customer(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("organizationNumber", "923 609 016");
        body.put("invoiceEmail", "faktura@example.no");
        body.put("invoiceAddress", Map.of("street", "Storgata 1", "postcode", "0155", "city", "Oslo"));
        return body;
    }

    @Test
    void createsReadsAndReplacesACustomerWithTheContractNames() {
        String name = unique("Fjordkraft");
        Api.Response created = admin().post("/api/v1/customers", customer(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode c = created.json();
        assertThat(created.header("Location")).endsWith("/api/v1/customers/" + c.path("id").asLong());
        assertThat(c.path("customerNumber").asLong()).isPositive();
        assertThat(c.path("organizationNumber").asString()).isEqualTo("923609016");
        assertThat(c.path("country").asString()).isEqualTo("NO");
        assertThat(c.path("language").asString()).isEqualTo("nb");
        assertThat(c.path("currency").asString()).isEqualTo("NOK");
        assertThat(c.path("active").asBoolean()).isTrue();
        assertThat(c.path("invoiceAddress").path("city").asString()).isEqualTo("Oslo");
        assertThat(c.path("createdBy").asString()).isEqualTo("admin");

        Map<String, Object> change = customer(name + " AS");
        change.put("country", "DK");
        change.put("organizationNumber", "25313763");
        change.put("customerNumber", c.path("customerNumber").asLong());
        change.put("version", c.path("version").asInt());
        Api.Response updated = admin().put("/api/v1/customers/" + c.path("id").asLong(), change);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("name").asString()).isEqualTo(name + " AS");
        assertThat(updated.json().path("currency").asString()).isEqualTo("DKK");
        assertThat(updated.json().path("version").asInt()).isEqualTo(c.path("version").asInt() + 1);
        assertThat(admin().get("/api/v1/customers/" + c.path("id").asLong()).json().path("name").asString())
                .isEqualTo(name + " AS");
    }

    @Test
    void assignsTheNextFreeNumberAndRefusesADuplicateWith409() {
        long first = admin().post("/api/v1/customers", customer(unique("A"))).json().path("customerNumber").asLong();
        long second = admin().post("/api/v1/customers", customer(unique("B"))).json().path("customerNumber").asLong();
        assertThat(second).isGreaterThan(first);

        Map<String, Object> duplicate = customer(unique("C"));
        duplicate.put("customerNumber", second);
        Api.Response conflict = admin().post("/api/v1/customers", duplicate);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.errorFields()).containsExactly("customerNumber");
    }

    @Test
    void answersEveryInvalidFieldAt400WithoutWritingAnything() {
        String name = unique("Invalid");
        Map<String, Object> bad = customer(name);
        bad.put("organizationNumber", "923609017");
        bad.put("invoiceEmail", "not-an-email");
        bad.put("language", "sv");
        bad.put("currency", "KRONER");
        bad.put("peppolId", "923609016");
        Api.Response response = admin().post("/api/v1/customers", bad);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("organizationNumber", "invoiceEmail", "language",
                "currency", "peppolId");
        assertThat(response.json().path("errors").get(0).path("message").asString()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from customer where name = ?").param(name).query(Long.class).single())
                .isZero();
    }

    @Test
    void refusesUnknownTermsAndGroupsWith422() {
        Map<String, Object> body = customer(unique("Refs"));
        body.put("paymentTermsId", 987654);
        body.put("groupIds", List.of(987655));
        Api.Response response = admin().post("/api/v1/customers", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("paymentTermsId", "groupIds");
    }

    @Test
    void answersBodiesThatAreNotJsonAndValuesOfTheWrongTypeWith400() {
        Api.Response notJson = admin().send("POST", "/api/v1/customers", "{name: oops", "application/json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");

        Api.Response wrongType = admin().send("POST", "/api/v1/customers",
                "{\"name\": \"X\", \"customerNumber\": \"twelve\"}", "application/json");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFields()).containsExactly("customerNumber");

        assertThat(admin().get("/api/v1/customers/not-a-number").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/customers/99999999").status()).isEqualTo(404);
    }

    @Test
    void refusesAStaleVersionWith409() {
        JsonNode c = admin().post("/api/v1/customers", customer(unique("Stale"))).json();
        Map<String, Object> change = customer(c.path("name").asString());
        change.put("version", c.path("version").asInt());
        assertThat(admin().put("/api/v1/customers/" + c.path("id").asLong(), change).status()).isEqualTo(200);
        Api.Response stale = admin().put("/api/v1/customers/" + c.path("id").asLong(), change);
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void listsWithSearchSortPagingAndGroupFilter() {
        String tag = "Listtest" + unique();
        long group = admin().post("/api/v1/customer-groups", Map.of("name", tag)).id();
        for (String suffix : List.of("Charlie", "alpha", "Bravo")) {
            Map<String, Object> body = customer(tag + " " + suffix);
            if (!suffix.equals("Bravo")) {
                body.put("groupIds", List.of(group));
            }
            assertThat(admin().post("/api/v1/customers", body).status()).isEqualTo(201);
        }
        JsonNode page = admin().get("/api/v1/customers?q=" + tag.toLowerCase() + "&sort=name&size=2").json();
        assertThat(page.path("totalItems").asLong()).isEqualTo(3);
        assertThat(page.path("totalPages").asLong()).isEqualTo(2);
        assertThat(names(page)).containsExactly(tag + " alpha", tag + " Bravo");
        JsonNode second = admin().get("/api/v1/customers?q=" + tag + "&sort=name&size=2&page=1").json();
        assertThat(names(second)).containsExactly(tag + " Charlie");
        JsonNode descending = admin().get("/api/v1/customers?q=" + tag + "&sort=-name").json();
        assertThat(names(descending)).containsExactly(tag + " Charlie", tag + " Bravo", tag + " alpha");
        JsonNode members = admin().get("/api/v1/customers?groupId=" + group + "&sort=name").json();
        assertThat(names(members)).containsExactly(tag + " alpha", tag + " Charlie");
        assertThat(members.path("items").get(0).path("groupIds").get(0).asLong()).isEqualTo(group);
        assertThat(admin().get("/api/v1/customer-groups/" + group).json().path("memberCount").asLong()).isEqualTo(2);

        Api.Response badSort = admin().get("/api/v1/customers?sort=password");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.errorFields()).containsExactly("sort");
        assertThat(admin().get("/api/v1/customers?size=0").status()).isEqualTo(400);
    }

    @Test
    void recordsEveryChangeInTheAuditLog() {
        JsonNode c = admin().post("/api/v1/customers", customer(unique("Audited"))).json();
        Map<String, Object> change = customer(c.path("name").asString());
        change.put("invoiceEmail", "new@example.no");
        admin().put("/api/v1/customers/" + c.path("id").asLong(), change);

        JsonNode log = admin().get("/api/v1/audit?entityType=customer&entityId=" + c.path("id").asLong()
                + "&size=100").json();
        assertThat(log.path("items")).anySatisfy(e -> {
            assertThat(e.path("action").asString()).isEqualTo("UPDATE");
            assertThat(e.path("field").asString()).isEqualTo("invoiceEmail");
            assertThat(e.path("oldValue").asString()).isEqualTo("faktura@example.no");
            assertThat(e.path("newValue").asString()).isEqualTo("new@example.no");
            assertThat(e.path("actor").asString()).isEqualTo("admin");
        });
        assertThat(log.path("items")).anySatisfy(e -> {
            assertThat(e.path("action").asString()).isEqualTo("CREATE");
            assertThat(e.path("field").asString()).isEqualTo("name");
        });
    }

    private static List<String> names(JsonNode page) {
        return page.path("items").valueStream().map(n -> n.path("name").asString()).toList();
    }
}

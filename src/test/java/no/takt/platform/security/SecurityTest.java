package no.takt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SecurityTest extends IntegrationTest {

    private static final Map<String, Object> CUSTOMER = Map.of("name", "Rolletest AS");

    @Test
    void theApiNeedsAuthenticationAndAnswersProblemJson() {
        Api.Response response = Api.anonymous(port).get("/api/v1/customers");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(Api.basic(port, "admin", "wrong").get("/api/v1/customers").status()).isEqualTo(401);
    }

    @Test
    void readOnlyUsersReadButChangeNothing() {
        Api readonly = as(Role.READONLY);
        assertThat(readonly.get("/api/v1/customers").status()).isEqualTo(200);
        assertThat(readonly.get("/api/v1/products").status()).isEqualTo(200);
        Api.Response denied = readonly.post("/api/v1/customers", CUSTOMER);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(readonly.get("/api/v1/users").status()).isEqualTo(403);
        assertThat(readonly.get("/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void billingClerksChangeMasterDataButNotTheSetUp() {
        Api billing = as(Role.BILLING);
        assertThat(billing.post("/api/v1/customers", CUSTOMER).status()).isEqualTo(201);
        assertThat(billing.post("/api/v1/employees", Map.of("name", "X")).status()).isEqualTo(403);
        assertThat(billing.post("/api/v1/bank-accounts", Map.of("name", "X", "accountNumber", "86011117947"))
                .status()).isEqualTo(403);
        assertThat(billing.get("/api/v1/employees").status()).isEqualTo(200);
        assertThat(billing.post("/api/v1/api-tokens", Map.of("name", "x", "role", "ADMIN")).status()).isEqualTo(403);
        assertThat(billing.post("/api/v1/users", Map.of("username", "x", "password", "12345678", "role", "ADMIN"))
                .status()).isEqualTo(403);
    }

    @Test
    void apiTokensWorkUntilRevokedAndActWithTheirRole() {
        Api.Response created = admin().post("/api/v1/api-tokens", Map.of("name", unique("erp"), "role", "BILLING"));
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().path("secret").asString();
        assertThat(secret).startsWith("takt_").hasSizeGreaterThan(40);

        Api token = Api.bearer(port, secret);
        Api.Response customer = token.post("/api/v1/customers", CUSTOMER);
        assertThat(customer.status()).isEqualTo(201);
        assertThat(customer.json().path("createdBy").asString()).isEqualTo("token:" + created.json().path("name").asString());
        assertThat(token.get("/api/v1/users").status()).isEqualTo(403);

        JsonNode listed = admin().get("/api/v1/api-tokens?size=500").json().path("items");
        assertThat(listed.valueStream().filter(t -> t.path("id").asLong() == created.id()))
                .singleElement().satisfies(t -> {
                    assertThat(t.path("secret").isNull()).isTrue();
                    assertThat(t.path("lastUsedAt").isNull()).isFalse();
                });
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(created.id()).query(String.class)
                .single()).doesNotContain(secret).hasSize(64);

        assertThat(admin().delete("/api/v1/api-tokens/" + created.id()).json().path("revokedAt").isNull()).isFalse();
        Api.Response revoked = token.get("/api/v1/customers");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
        assertThat(Api.bearer(port, "takt_madeup").get("/api/v1/customers").status()).isEqualTo(401);
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void anInactiveUserCannotLogIn() {
        String username = "paused" + unique();
        long id = admin().post("/api/v1/users", Map.of("username", username, "password", PASSWORD, "role", "BILLING"))
                .id();
        assertThat(Api.basic(port, username, PASSWORD).get("/api/v1/customers").status()).isEqualTo(200);
        admin().put("/api/v1/users/" + id, Map.of("username", username, "role", "BILLING", "active", false));
        assertThat(Api.basic(port, username, PASSWORD).get("/api/v1/customers").status()).isEqualTo(401);
    }

    @Test
    void thePagesNeedALoginAndTheLoginPageDoesNot() {
        Api.Response page = Api.anonymous(port).get("/customers");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login");
        assertThat(Api.anonymous(port).get("/login").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/css/takt.css").status()).isEqualTo(200);
    }

    @Test
    void actuatorHealthIsOpenAndMetricsNeedAToken() {
        Api.Response health = Api.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        JsonNode details = admin().get("/actuator/health").json();
        assertThat(details.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(Api.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        Api.Response metrics = as(Role.READONLY).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void theOpenApiDescriptionListsTheApi() {
        JsonNode docs = Api.anonymous(port).get("/v3/api-docs").json();
        assertThat(docs.path("paths").propertyNames()).contains("/api/v1/customers", "/api/v1/customers/{id}",
                "/api/v1/customers/{customerId}/contacts", "/api/v1/products", "/api/v1/vat-codes",
                "/api/v1/payment-terms", "/api/v1/freight-terms", "/api/v1/employees", "/api/v1/bank-accounts",
                "/api/v1/organisation", "/api/v1/customer-groups", "/api/v1/api-tokens", "/api/v1/users");
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    /** Issue 10: the description gives the answers the API really gives, and its parts in a sensible order. */
    @Test
    void theOpenApiDescriptionDocumentsTheRealAnswersAndOrdersItsTags() {
        JsonNode docs = Api.anonymous(port).get("/v3/api-docs").json();
        JsonNode create = docs.path("paths").path("/api/v1/customers").path("post").path("responses");
        assertThat(create.propertyNames()).contains("201", "400", "422").doesNotContain("200");
        assertThat(create.path("400").path("content").path("application/problem+json").path("schema").path("$ref")
                .asString()).isEqualTo("#/components/schemas/Problem");
        JsonNode update = docs.path("paths").path("/api/v1/customers/{id}").path("put").path("responses");
        assertThat(update.propertyNames()).contains("200", "400", "404", "409", "422");
        assertThat(docs.path("paths").path("/api/v1/documents/{id}").path("get").path("responses").propertyNames())
                .contains("200", "404");
        assertThat(docs.path("paths").path("/api/v1/payment-files").path("post").path("responses").propertyNames())
                .contains("200", "201");
        assertThat(docs.path("components").path("schemas").path("Problem").path("properties").propertyNames())
                .contains("status", "detail", "errors");
        List<String> tags = docs.path("tags").valueStream().map(t -> t.path("name").asString()).toList();
        assertThat(tags.subList(0, 5)).containsExactly("Customers", "Customer groups", "Products", "VAT codes",
                "Subscriptions");
        assertThat(tags.indexOf("Billing runs")).isLessThan(tags.indexOf("Documents"));
        assertThat(tags.indexOf("Documents")).isLessThan(tags.indexOf("Payments"));
    }

    /** Issue 14: of two records with the same simple name (Document.Customer, Customer) one replaced the other. */
    @Test
    void recordsWithTheSameNameAreDescribedEachAsItIs() {
        JsonNode schemas = Api.anonymous(port).get("/v3/api-docs").json().path("components").path("schemas");
        assertThat(schemas.path("Customer").path("properties").propertyNames()).contains("customerNumber", "name",
                "invoiceAddress");
        assertThat(schemas.path("Payment").path("properties").propertyNames()).contains("allocations");
        assertThat(schemas.path("Document").path("properties").propertyNames()).contains("customerName", "kid");
        assertThat(schemas.path("Delivery").path("properties").propertyNames()).contains("channel", "recipient");
        assertThat(schemas.path("BillingRunRequest").path("properties").propertyNames())
                .containsExactlyInAnyOrder("date", "holdForApproval");
        assertThat(schemas.path("RemindersRunRequest").path("properties").propertyNames()).contains("dryRun");
    }
}

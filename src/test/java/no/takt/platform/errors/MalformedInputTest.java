package no.takt.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a client sends, the answer is a 4xx problem+json, never a 500. */
class MalformedInputTest extends IntegrationTest {

    private static final List<String> WRITES = List.of("POST /api/v1/customers", "PUT /api/v1/customers/1",
            "POST /api/v1/customers/1/contacts", "POST /api/v1/customer-groups", "POST /api/v1/products",
            "POST /api/v1/vat-codes", "POST /api/v1/payment-terms", "POST /api/v1/freight-terms",
            "POST /api/v1/employees", "POST /api/v1/bank-accounts", "PUT /api/v1/organisation", "POST /api/v1/users",
            "POST /api/v1/api-tokens", "POST /api/v1/frequencies", "POST /api/v1/subscriptions",
            "PUT /api/v1/subscriptions/1", "POST /api/v1/subscriptions/1/lines", "POST /api/v1/subscriptions/1/subscribers");

    private static final List<String> BODIES = List.of("", "null", "[]", "\"text\"", "{}", "{\"name\": {}}",
            "{\"name\": [1, 2]}", "{\"name\": \"" + "x".repeat(5000) + "\"}", "{\"version\": \"seven\"}",
            "{\"customerNumber\": 99999999999999999999999}", "{\"unitPrice\": \"1e400\"}",
            "{\"groupIds\": [\"a\"]}", "{\"invoiceAddress\": \"Oslo\"}", "{\"role\": \"GOD\"}",
            "{\"name\": \"nul\\u0000\", \"username\": \"nul\\u0000\", \"code\": \"N\", \"rate\": 1,"
                    + " \"rateClass\": \"LOW\", \"productNumber\": \"N\", \"unitPrice\": 1, \"vatCode\": \"3\","
                    + " \"creditDays\": 1, \"accountNumber\": \"86011117947\", \"password\": \"12345678\","
                    + " \"role\": \"READONLY\"}",
            "{\"name\": \"x\"", "<xml/>");

    static Stream<Arguments> requests() {
        List<Arguments> all = new ArrayList<>();
        for (String write : WRITES) {
            for (String body : BODIES) {
                all.add(Arguments.of(write, body));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("requests")
    void malformedBodiesAreAnsweredAsClientErrors(String write, String body) {
        String[] parts = write.split(" ");
        Api.Response response = adminByToken().send(parts[0], parts[1], body, "application/json");
        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static Stream<String> randomBodies() {
        Random random = new Random(20261123);
        List<String> bodies = new ArrayList<>();
        String alphabet = "{}[]\":,0123456789.-eE truefalsnul\\abc";
        for (int i = 0; i < 40; i++) {
            StringBuilder body = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int j = 0; j < length; j++) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            bodies.add(body.toString());
        }
        return bodies.stream();
    }

    @ParameterizedTest
    @MethodSource("randomBodies")
    void randomBytesAreNeverAServerError(String body) {
        Api.Response response = adminByToken().send("POST", "/api/v1/customers", body, "application/json");
        assertThat(response.status()).as(response.toString()).isLessThan(500);
    }

    @ParameterizedTest
    @MethodSource("paths")
    void oddRequestsGetProblemsToo(String method, String path, String contentType) {
        Api.Response response = adminByToken().send(method, path, "{}", contentType);
        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static Stream<Arguments> paths() {
        return Stream.of(Arguments.of("POST", "/api/v1/customers", "text/plain"),
                Arguments.of("DELETE", "/api/v1/customers/1", "application/json"),
                Arguments.of("GET", "/api/v1/nothing-here", "application/json"),
                Arguments.of("GET", "/api/v1/customers?page=abc", "application/json"),
                Arguments.of("GET", "/api/v1/customers?size=100000", "application/json"),
                Arguments.of("GET", "/api/v1/customers?active=perhaps", "application/json"),
                Arguments.of("GET", "/api/v1/customers/1/contacts/x", "application/json"),
                Arguments.of("GET", "/api/v1/customers?q=nul%00&country=%00", "application/json"),
                Arguments.of("GET", "/api/v1/audit?actor=%00", "application/json"));
    }
}

package no.takt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's classes of malformed requests: each is answered 4xx with problem+json (never a 5xx,
 * never Tomcat's or the firewall's own page), and the headers that keep a browser safe are sent.
 */
class RequestHardeningTest extends IntegrationTest {

    /** What came back to a raw request: the status and the headers, lower-cased names. */
    record Raw(int status, Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    /** Sends the request as written, byte for byte (no client would send these paths). */
    private Raw raw(String requestLine, String... headers) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            String[] headAndBody = text.split("\r\n\r\n", 2);
            String[] lines = headAndBody[0].split("\r\n");
            Map<String, String> found = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                found.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), found, headAndBody.length > 1 ? headAndBody[1] : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String basicAdmin() {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "1;x=y", "1%2F2", "[1]", "%2e%2e", "1%0a", "1%00", "%ZZ"})
    void aMalformedPathIdIsABadRequestAsProblemJson(String id) {
        Raw answer = raw("GET /api/v1/customers/" + id + " HTTP/1.1", basicAdmin());
        assertThat(answer.status()).as(id).isEqualTo(400);
        assertThat(answer.contentType()).as(id).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":400");
    }

    @Test
    void aHeaderTooLargeIsAProblemToo() {
        Raw answer = raw("GET /api/v1/customers HTTP/1.1", "Authorization: Basic " + "a".repeat(9000));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic", "Basic !!!", "Basic bm9jb2xvbg==", "Basic //46eA==", "Basic ====", "Bearer",
        "Bearer x", "Bearer takt_unknown", "Digest abc", "Basic YWRtaW46d3Jvbmc="})
    void garbageCredentialsAre401(String authorization) {
        Api.Response answer = Api.anonymous(port).with("Authorization", authorization).get("/api/v1/customers");
        assertThat(answer.status()).as(authorization).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aJsonEndpointRefusesAWildcardOrMalformedContentTypeWith415() {
        for (String type : List.of("*/*", "application/*", "nonsense", "text/")) {
            Api.Response answer = adminByToken().send("POST", "/api/v1/customers", "{\"name\":\"Type AS\"}", type);
            assertThat(answer.status()).as(type).isIn(400, 415);
            assertThat(answer.contentType()).as(type).startsWith("application/problem+json");
        }
        assertThat(adminByToken().send("POST", "/api/v1/customers", "{\"name\":\"Type AS\"}", "*/*").status())
                .isEqualTo(415);
    }

    @Test
    void multipartWithoutBoundaryOrCutOffIsABadRequest() {
        Api.Response noBoundary = adminByToken().send("POST", "/api/v1/payment-files", "{}", "multipart/form-data");
        assertThat(noBoundary.status()).isEqualTo(400);
        assertThat(noBoundary.contentType()).startsWith("application/problem+json");
        Api.Response cutOff = adminByToken().send("POST", "/api/v1/payment-files",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\nNY000010",
                "multipart/form-data; boundary=b");
        assertThat(cutOff.status()).isEqualTo(400);
        assertThat(cutOff.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMultipartFileLargerThanAllowedIs413() {
        String big = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\n"
                + "0".repeat(10 * 1024 * 1024 + 1) + "\r\n--b--\r\n";
        Api.Response answer = adminByToken().send("POST", "/api/v1/payment-files", big, "multipart/form-data; boundary=b");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    /** Issue 10: a query parameter of the wrong type, or a date that does not exist in a body, is answered at its name. */
    @Test
    void aBadQueryParameterOrAnImpossibleDateIsRefusedAtItsField() {
        for (var bad : Map.of("/api/v1/documents?type=FOO", "type", "/api/v1/documents?from=x", "from",
                "/api/v1/billing/forecast?from=2027-13-01", "from", "/api/v1/documents?customerId=ten", "customerId")
                .entrySet()) {
            Api.Response answer = adminByToken().get(bad.getKey());
            assertThat(answer.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.errorFields()).as(bad.getKey()).containsExactly(bad.getValue());
        }
        Api.Response date = admin().post("/api/v1/billing/runs", Map.of("date", "2026-02-30"));
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.errorFields()).containsExactly("date");
        assertThat(date.body()).doesNotContain("not valid JSON");
    }

    @Test
    void anEnumValueWithBlanksAroundItIsRefusedAtItsField() {
        for (String role : List.of("ADMIN ", " ADMIN", "ADMIN\t")) {
            Api.Response answer = admin().send("POST", "/api/v1/api-tokens", "{\"name\":\"blank\",\"role\":\""
                    + role.replace("\t", "\\t") + "\"}", "application/json");
            assertThat(answer.status()).as(role).isEqualTo(400);
            assertThat(answer.errorFields()).containsExactly("role");
        }
    }

    @Test
    void pagesAndTheApiSendAContentSecurityAndReferrerPolicy() {
        Api.Response api = adminByToken().get("/api/v1/customers");
        assertThat(api.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.header("Referrer-Policy")).isEqualTo("no-referrer");
        Api.Response login = Api.anonymous(port).get("/login");
        assertThat(login.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Raw login = raw("GET /login HTTP/1.1");
        assertThat(login.headers().get("set-cookie")).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax");
    }
}

package no.takt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The UI's form login, session and CSRF protection, as a browser without script would meet them. */
class UiSecurityTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser-like client with its own cookie jar. */
    private final class Session {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String path) throws IOException, InterruptedException {
            Matcher m = CSRF.matcher(get(path).body());
            assertThat(m.find()).as("a CSRF field on " + path).isTrue();
            return m.group(1);
        }

        Session logIn(String user, String password) throws IOException, InterruptedException {
            HttpResponse<String> response = post("/login", "username=" + user + "&password=" + password
                    + "&_csrf=" + enc(csrf("/login")));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return this;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPage() throws Exception {
        Session session = new Session();
        HttpResponse<String> response = session.post("/login", "username=admin&password=nope&_csrf="
                + enc(session.csrf("/login")));
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void formPostsNeedTheCsrfToken() throws Exception {
        Session session = new Session().logIn("admin", ADMIN_PASSWORD);
        String name = unique("Skjema AS");
        assertThat(session.post("/customers/new", "name=" + enc(name)).statusCode()).isEqualTo(403);
        HttpResponse<String> saved = session.post("/customers/new", "name=" + enc(name) + "&_csrf="
                + enc(session.csrf("/customers/new")));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).matches(".*/customers/\\d+");
        assertThat(jdbc.sql("select count(*) from customer where name = ?").param(name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aFormWithErrorsIsShownAgainWithTheMessages() throws Exception {
        Session session = new Session().logIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> response = session.post("/products/new?lang=en", "productNumber=&name=X&unitPrice=abc"
                + "&vatCode=3&_csrf=" + enc(session.csrf("/products/new")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Not a valid value for this field.");
    }

    @Test
    void rolesAreEnforcedOnPagesToo() throws Exception {
        as(Role.READONLY);
        as(Role.BILLING);
        Session readonly = new Session().logIn("readonly-user", PASSWORD);
        assertThat(readonly.get("/customers").statusCode()).isEqualTo(200);
        assertThat(readonly.post("/customers/new", "name=X&_csrf=" + enc(readonly.csrf("/customers"))).statusCode())
                .isEqualTo(403);
        assertThat(readonly.get("/admin/users").statusCode()).isEqualTo(403);

        Session billing = new Session().logIn("billing-user", PASSWORD);
        assertThat(billing.post("/organisation", "name=X&_csrf=" + enc(billing.csrf("/organisation"))).statusCode())
                .isEqualTo(403);
        assertThat(billing.get("/admin/audit").statusCode()).isEqualTo(403);
    }
}

package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import no.takt.platform.security.Role;
import no.takt.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;

/**
 * Base of the browser tests: Debian's Chromium, headless, driven by Playwright, against the running
 * application. One browser per test class, a fresh context (cookies, language) per test.
 */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

    private static final Path CHROMIUM = Paths.get(System.getProperty("takt.chromium", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void shutDown() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                .setLocale("nb-NO").setTimezoneId("Europe/Oslo"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onDialog(dialog -> dialog.accept());
        blocked.clear();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blocked.add(message.text());
            }
        });
    }

    /** What the Content-Security-Policy blocked on the pages of a test: nothing, or the page is broken. */
    private final java.util.List<String> blocked = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Keeps a picture of how every test left the page, to see what went wrong when one fails. */
    @AfterEach
    void closePage(TestInfo test) {
        screenshot("after-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        context.close();
        org.assertj.core.api.Assertions.assertThat(blocked).as("blocked by the Content-Security-Policy").isEmpty();
    }

    /** Logs in through the login page (the UI speaks Norwegian until told otherwise). */
    protected void logIn(String username, String password) {
        page.navigate("/login");
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        assertThat(page.getByTestId("current-user")).hasText(username);
    }

    protected void logInAs(Role role) {
        as(role);
        logIn(role.name().toLowerCase() + "-user", PASSWORD);
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }

    /**
     * A monthly subscription (on the 1st, from 2026-01-01) with a seller as both references and one line of a
     * new product ({@code productNumber}, {@code productName}, {@code unitPrice}), with these settings
     * (its subject among them); not started. Its id.
     */
    protected long monthlySubscription(String tag, String productNumber, String productName, int unitPrice,
            java.util.Map<String, Object> settings) {
        long seller = admin().post("/api/v1/employees", java.util.Map.of("name", "Selger " + tag)).id();
        long frequency = admin().post("/api/v1/frequencies", java.util.Map.of("name", "Måned " + tag, "unit", "MONTH",
                "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long product = admin().post("/api/v1/products", java.util.Map.of("productNumber", productNumber, "name",
                productName, "unitPrice", unitPrice, "vatCode", "3")).id();
        java.util.Map<String, Object> body = new java.util.HashMap<>(java.util.Map.of("frequencyId", frequency,
                "ourReferenceId", seller, "sellerId", seller));
        body.putAll(settings);
        long subscription = admin().post("/api/v1/subscriptions", body).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/lines", java.util.Map.of("productId", product));
        return subscription;
    }
}

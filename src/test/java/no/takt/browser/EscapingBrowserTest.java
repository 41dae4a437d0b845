package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Issue 14: script and markup in text fields are shown as text on the pages, never run or rendered. */
class EscapingBrowserTest extends BrowserTest {

    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert('y')> & \"Søn\"";

    @Test
    void hostileTextShowsAsTextOnTheCustomerProductAndSubscriptionPages() {
        String tag = String.valueOf(unique());
        long customer = admin().post("/api/v1/customers", Map.of("name", "Kunde " + tag + " " + HOSTILE)).id();
        long product = admin().post("/api/v1/products", Map.of("productNumber", "X-" + tag, "name",
                "Vare " + tag + " " + HOSTILE, "unitPrice", 10, "vatCode", "3")).id();
        long subscription = admin().post("/api/v1/subscriptions", Map.of("subject", "Abonnement " + tag + " "
                + HOSTILE, "orderText", HOSTILE)).id();
        AtomicBoolean ran = new AtomicBoolean();
        page.onDialog(dialog -> ran.set(true));
        logIn("admin", ADMIN_PASSWORD);
        for (String path : List.of("/customers/" + customer, "/products/" + product, "/subscriptions/" + subscription,
                "/customers?q=" + tag, "/products?q=" + tag, "/subscriptions?q=" + tag)) {
            page.navigate(path);
            assertThat(page.locator("body")).containsText("<script>alert('x')</script>");
            assertThat(page.locator("main img[src=x], main script:not([src])")).hasCount(0);
        }
        org.assertj.core.api.Assertions.assertThat(ran).as("a script ran").isFalse();
    }
}

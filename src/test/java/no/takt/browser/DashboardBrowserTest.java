package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 10: the start page is the clerk's dashboard. */
class DashboardBrowserTest extends BrowserTest {

    @Test
    void theStartPageShowsTheNextRunTheLastRunWhatWaitsAndTheBilledMonths() {
        String tag = String.valueOf(unique());
        long seller = admin().post("/api/v1/employees", Map.of("name", "Selger " + tag)).id();
        long frequency = admin().post("/api/v1/frequencies", Map.of("name", "Måned " + tag, "unit", "MONTH",
                "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long product = admin().post("/api/v1/products", Map.of("productNumber", "D-" + tag, "name", "Drift " + tag,
                "unitPrice", 1000, "vatCode", "3")).id();
        long subscription = admin().post("/api/v1/subscriptions", Map.of("subject", "Drift " + tag,
                "frequencyId", frequency, "ourReferenceId", seller, "sellerId", seller,
                "processingStep", "SALES_ORDER")).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/lines", Map.of("productId", product));
        long customer = admin().post("/api/v1/customers", Map.of("name", "Oversikt " + tag + " AS",
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        LocalDate firstAhead = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        admin().post("/api/v1/billing/runs", Map.of("date", firstAhead.toString()));

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/");
        assertThat(page.locator("h1")).hasText("Oversikt");
        assertThat(page.locator("#last-run")).containsText(no.takt.platform.text.Formats.of("nb").date(firstAhead));
        assertThat(page.locator("#waiting")).containsText("salgsordrer å fakturere");
        // the next run and the chart come once the forecast has worked them out
        assertThat(page.locator("#next-run")).containsText(no.takt.platform.text.Formats.of("nb")
                .date(firstAhead.plusMonths(1)));
        assertThat(page.locator("#next-run")).containsText("eks. MVA");
        assertThat(page.locator("#chart svg rect")).hasCount(16);
        assertThat(page.locator("#chart svg rect.forecast")).hasCount(3);
        screenshot("dashboard");
    }
}

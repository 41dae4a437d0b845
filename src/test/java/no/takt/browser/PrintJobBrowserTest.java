package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14: a print job's page follows its progress by itself and offers the PDF when it is ready. */
class PrintJobBrowserTest extends BrowserTest {

    @Test
    void aPrintJobsPageShowsItsProgressAndThenThePdf() {
        String tag = String.valueOf(unique());
        long subscription = monthlySubscription(tag, "P-" + tag, "Papir " + tag, 100, Map.of("subject",
                "Papir " + tag, "sendByEmail", false));
        long customer = admin().post("/api/v1/customers", Map.of("name", "Papirkunde " + tag + " AS",
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01"));
        long job = admin().post("/api/v1/deliveries/print-queue/jobs", "").id();

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/deliveries/print-jobs/" + job);
        assertThat(page.locator("h1")).hasText("Utskrift av utskriftskøen");
        assertThat(page.locator("#print-job-pdf")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("#print-job")).containsText("Ferdig");
        assertThat(page.locator("#print-job-progress")).hasAttribute("value", "100");
    }
}

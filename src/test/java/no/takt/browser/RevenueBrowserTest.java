package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13: the revenue page ("Inntekter"). */
class RevenueBrowserTest extends BrowserTest {

    @Test
    void theRevenuePageShowsBilledRecognisedAndDeferredWithAChartAndAWaterfallAndDownloads() throws Exception {
        String tag = String.valueOf(unique());
        long seller = admin().post("/api/v1/employees", Map.of("name", "Selger " + tag)).id();
        long frequency = admin().post("/api/v1/frequencies", Map.of("name", "Kvartal " + tag, "unit", "MONTH",
                "interval", 3, "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long product = admin().post("/api/v1/products", Map.of("productNumber", "I-" + tag, "name", "Kvartal",
                "unitPrice", 900, "vatCode", "3", "salesAccount", "3030")).id();
        long subscription = admin().post("/api/v1/subscriptions", Map.of("subject", "Kvartal " + tag, "frequencyId",
                frequency, "ourReferenceId", seller, "sellerId", seller, "currency", "SEK")).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/lines", Map.of("productId", product));
        long customer = admin().post("/api/v1/customers", Map.of("name", "Inntekt " + tag + " AS", "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01"));

        logIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inntekter").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Inntekter");
        page.getByLabel("Fra måned").fill("2026-01");
        page.getByLabel("Til måned").fill("2026-06");
        page.getByLabel("Valuta").fill("SEK");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
        var january = page.locator("#revenue-months tbody tr").first();
        assertThat(january).containsText("900,00");
        assertThat(january).containsText("310,00");
        assertThat(january).containsText("590,00");
        assertThat(page.locator("#revenue-months tbody tr").nth(2)).containsText("310,00");
        assertThat(page.locator("#revenue-chart svg rect")).hasCount(12);
        assertThat(page.locator("#revenue-items")).containsText("3030");
        assertThat(page.locator("#revenue-waterfall tbody tr").first()).containsText("280,00");
        // the same months' MRR: the quarter's 900 is 300 a month while it runs
        assertThat(page.locator("#mrr-table tbody tr")).hasCount(6);
        assertThat(page.locator("#mrr-chart svg rect")).hasCount(6);
        screenshot("revenue");

        Download xlsx = page.waitForDownload(() -> page.locator("#revenue-xlsx").click());
        byte[] file = java.nio.file.Files.readAllBytes(xlsx.path());
        org.assertj.core.api.Assertions.assertThat(new String(file, 0, 2)).isEqualTo("PK");
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).isEqualTo("revenue-2026-01-2026-06.xlsx");

        page.getByLabel("Til måned").fill("2025-06");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
        assertThat(page.locator("#to-error")).isVisible();
        assertThat(page.getByLabel("Til måned")).hasValue("2025-06");
    }

    /** Issue 13: the accounting page gives the journal and SAF-T of a period, and an admin sets the accounts. */
    @Test
    void theAccountingPageGivesTheJournalAndSaftAndKeepsARefusedAccount() throws Exception {
        logIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Regnskap").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Regnskap");
        page.getByLabel("Fra").fill("2026-01-01");
        page.getByLabel("Til").fill("2026-12-31");
        Download saft = page.waitForDownload(() -> page.locator("#journal-saft").click());
        String xml = new String(java.nio.file.Files.readAllBytes(saft.path()), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(xml).startsWith("<?xml").contains("<AuditFileVersion>1.30</AuditFileVersion>");
        Download csv = page.waitForDownload(() -> page.locator("#journal-csv").click());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).isEqualTo("journal-2026-01-01-2026-12-31.csv");

        page.getByLabel("Bank (1920)").fill("19x");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(page.locator("#BANK-error")).isVisible();
        assertThat(page.getByLabel("Bank (1920)")).hasValue("19x");
        page.getByLabel("Bank (1920)").fill("1920");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
        assertThat(page.getByLabel("Bank (1920)")).hasValue("1920");
    }
}

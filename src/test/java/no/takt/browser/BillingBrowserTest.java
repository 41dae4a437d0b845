package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingBrowserTest extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void seeTheForecastRunBillingAndOpenAnInvoice() {
        String tag = String.valueOf(unique());
        long seller = admin().post("/api/v1/employees", Map.of("name", "Selger " + tag)).id();
        long frequency = admin().post("/api/v1/frequencies", Map.of("name", "Kvartal " + tag, "unit", "MONTH",
                "interval", 3, "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long product = admin().post("/api/v1/products", Map.of("productNumber", "Q-" + tag, "name", "Kvartalsavgift",
                "unitPrice", 3000, "vatCode", "3")).id();
        long subscription = admin().post("/api/v1/subscriptions", Map.of("subject", "Kvartal " + tag,
                "frequencyId", frequency, "ourReferenceId", seller, "sellerId", seller, "useKid", true,
                "kidFormat", "cccccciiiiii")).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/lines", Map.of("productId", product));
        long customer = admin().post("/api/v1/customers", Map.of("name", "Kvartalskunde " + tag + " AS",
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/subscriptions/" + subscription);
        com.microsoft.playwright.APIResponse preview = page.request().get(page.locator("#preview").getAttribute("href"));
        assertThat(preview).isOK();
        org.assertj.core.api.Assertions.assertThat(preview.headers().get("content-type")).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(new String(preview.body(), 0, 5)).isEqualTo("%PDF-");

        page.navigate("/forecast?from=2026-01-01&to=2026-06-30");
        assertThat(page.locator("#forecast-totals")).containsText("Kvartal " + tag);
        // the documents come a page at a time; one subscription's from its own page
        page.navigate("/subscriptions/" + subscription);
        page.locator("#subscription-forecast").click();
        assertThat(page.locator("#forecast-documents")).containsText("Kvartalskunde " + tag);
        assertThat(page.locator("#forecast-totals tbody tr")).hasCount(1);
        screenshot("forecast");

        page.getByRole(AriaRole.LINK, named("Faktureringskjøringer").setExact(true)).click();
        page.getByLabel("Dato").fill("2026-04-01");
        page.getByRole(AriaRole.BUTTON, named("Kjør fakturering nå")).click();
        assertThat(page.locator("#run-status")).hasText("Fullført");
        screenshot("billing-run");
        page.getByRole(AriaRole.LINK, named("Dokumentene fra denne kjøringen")).click();
        page.getByRole(AriaRole.SEARCHBOX, named("Søk")).pressSequentially("Kvartalskunde " + tag,
                new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(10));
        assertThat(page.locator("#document-table tbody tr")).hasCount(2);
        page.locator("#document-table tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#document-lines")).containsText("Kvartalsavgift");
        assertThat(page.locator("#document-totals")).containsText("3 750,00");
        assertThat(page.locator("#kid")).hasText(java.util.regex.Pattern.compile("\\d{13}"));
        assertThat(page.locator("#open-amount")).hasText("3 750,00");
        screenshot("invoice");

        page.getByLabel("Beløp å kreditere Kvartalsavgift").fill("tusen");
        page.getByLabel("Årsak (står på kreditnotaen)").fill("Avtalt rabatt");
        page.getByRole(AriaRole.BUTTON, named("Krediter")).click();
        assertThat(page.locator("#credit-0-error")).hasText("Ugyldig verdi for dette feltet.");
        assertThat(page.getByLabel("Beløp å kreditere Kvartalsavgift")).hasValue("tusen");
        assertThat(page.getByLabel("Årsak (står på kreditnotaen)")).hasValue("Avtalt rabatt");
        assertThat(page.locator("#open-amount")).hasText("3 750,00");
        page.getByLabel("Beløp å kreditere Kvartalsavgift").fill("4 000,00");
        page.getByRole(AriaRole.BUTTON, named("Krediter")).click();
        assertThat(page.locator("#credit-0-error")).containsText("Mer enn det som er igjen å kreditere");
        page.getByLabel("Beløp å kreditere Kvartalsavgift").fill("1 000,00");
        page.getByRole(AriaRole.BUTTON, named("Krediter")).click();
        assertThat(page.locator("h1")).containsText("Kreditnota");
        assertThat(page.locator("#document-totals")).containsText("1 250,00");
        screenshot("credit-note");
        page.locator("dd a").first().click();
        assertThat(page.locator("#open-amount")).hasText("2 500,00");
        assertThat(page.locator("#credit-notes")).containsText("1 250,00");
        assertThat(page.locator("#delivery-table")).containsText("På papir i posten");
        page.getByRole(AriaRole.LINK, named("Utsendelser").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Utsendelser");
        assertThat(page.locator("#print-queue")).containsText("skal skrives ut og postlegges");
        assertThat(page.locator("#print-queue-pdf")).hasAttribute("href",
                java.util.regex.Pattern.compile("/deliveries/print-queue\\?upTo=\\d+"));
        page.getByRole(AriaRole.BUTTON, named("Merk som skrevet ut")).click();
        assertThat(page.locator(".flash")).hasText("Utskriftskøen er merket som skrevet ut.");
        assertThat(page.locator("#print-queue")).hasCount(0);
    }

    @Test
    void holdARunEditASalesOrderInvoiceItAndReleaseTheRun() {
        String tag = String.valueOf(unique());
        long subscription = monthlySubscription(tag, "S-" + tag, "Serviceavtale", 1000, Map.of("subject",
                "Service " + tag, "processingStep", "SALES_ORDER"));
        long customer = admin().post("/api/v1/customers", Map.of("name", "Ordrekunde " + tag + " AS",
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-03-01"));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/billing-runs");
        page.getByLabel("Dato").fill("2026-03-01");
        page.getByLabel("Hold dokumentene for godkjenning").check();
        page.getByRole(AriaRole.BUTTON, named("Kjør fakturering nå")).click();
        assertThat(page.locator("#run-status")).hasText("Fullført");
        assertThat(page.locator("#approval")).containsText("Venter på godkjenning");
        String runPage = page.url();

        page.navigate("/documents?type=SALES_ORDER&subscriptionId=" + subscription);
        page.locator("#document-table tbody tr").first().getByRole(AriaRole.LINK).click();
        page.getByRole(AriaRole.LINK, named("Endre ordren")).click();
        assertThat(page.locator("#order-form")).isVisible();
        String editPage = page.url();
        // A line without a price is refused at its row, with the other line ticked for removal left out.
        page.locator("[name='lines[0].remove']").check();
        page.locator("[name='lines[1].name']").fill("Uten pris");
        page.locator("[name='lines[1].quantity']").fill("1");
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.locator(".form-error")).containsText("Rett opp feltene");
        assertThat(page.locator("tr[data-line='0'] input[name='lines[0].name']")).hasValue("Uten pris");
        assertThat(page.locator("tr[data-line='0'] .error").first()).hasText("Må fylles ut.");
        assertThat(page.locator("input[value='Serviceavtale']")).hasCount(0);
        page.navigate(editPage);
        page.locator("[name='lines[0].quantity']").fill("3");
        page.locator("[name='lines[1].name']").fill("Oppstart <b>" + tag + "</b>");
        page.locator("[name='lines[1].quantity']").fill("1");
        page.locator("[name='lines[1].unitPrice']").fill("500");
        page.locator("[name='lines[1].vatCode']").selectOption("3");
        page.getByLabel("Deres ref. (kontaktperson)").fill("Innkjøp " + tag);
        screenshot("sales-order-edit");
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.locator("#document-lines")).containsText("Oppstart <b>" + tag + "</b>");
        assertThat(page.locator("#document-totals")).containsText("4 375,00");

        page.getByRole(AriaRole.BUTTON, named("Lag faktura")).click();
        assertThat(page.locator("h1")).containsText("Faktura");
        assertThat(page.locator("#document-totals")).containsText("4 375,00");
        assertThat(page.getByText("Innkjøp " + tag)).isVisible();
        assertThat(page.locator("#delivery-table")).containsText("På papir i posten");
        screenshot("invoice-from-order");
        page.getByRole(AriaRole.LINK, named("Salgsordre").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("Fakturert");

        page.navigate(runPage);
        page.getByRole(AriaRole.BUTTON, named("Godkjenn og send")).click();
        assertThat(page.locator("#approval")).containsText("Godkjent av admin");
        assertThat(page.locator("#print-batch")).isVisible();
    }
}

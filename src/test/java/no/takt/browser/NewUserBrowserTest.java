package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 10: what stood in the way of a new user, each as it should be. */
class NewUserBrowserTest extends BrowserTest {

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** A started monthly subscription from 2026-01-01 of one 499 kr line, in the given processing step. */
    private long subscription(String step) {
        String tag = String.valueOf(unique());
        long seller = admin().post("/api/v1/employees", Map.of("name", "Selger " + tag)).id();
        long frequency = admin().post("/api/v1/frequencies", Map.of("name", "Måned " + tag, "unit", "MONTH",
                "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long product = admin().post("/api/v1/products", Map.of("productNumber", "N-" + tag, "name", "Lisens " + tag,
                "unitPrice", 499, "vatCode", "3")).id();
        long subscription = admin().post("/api/v1/subscriptions", Map.of("subject", "Abonnement " + tag,
                "frequencyId", frequency, "ourReferenceId", seller, "sellerId", seller, "processingStep", step)).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/lines", Map.of("productId", product));
        return subscription;
    }

    private long subscribe(long subscription, Map<String, Object> customer) {
        long id = admin().post("/api/v1/customers", customer).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", id,
                "startDate", "2026-01-01"));
        return id;
    }

    @Test
    void aForecastRangeThatIsReversedOrTooLongIsMarkedAtItsFieldAndKept() {
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/forecast");
        page.getByLabel("Fra").fill("2027-01-01");
        page.getByLabel("Til").fill("2026-01-01");
        page.getByRole(AriaRole.BUTTON, named("Vis")).click();
        assertThat(page.locator("#to-error")).isVisible();
        assertThat(page.getByLabel("Fra")).hasValue("2027-01-01");
        assertThat(page.getByLabel("Til")).hasValue("2026-01-01");
        page.getByLabel("Til").fill("2028-06-01");
        page.getByRole(AriaRole.BUTTON, named("Vis")).click();
        assertThat(page.locator("#to-error")).containsText("366");
        assertThat(page.getByLabel("Til")).hasValue("2028-06-01");
        page.getByLabel("Til").fill("2027-01-31");
        page.getByRole(AriaRole.BUTTON, named("Vis")).click();
        assertThat(page.locator("#to-error")).hasCount(0);
        assertThat(page.locator("h2").first()).isVisible();
    }

    @Test
    void aSalesOrderForACustomerWithoutAddressShowsNoNull() {
        long subscription = subscription("SALES_ORDER");
        String name = "Uten Adresse " + unique();
        subscribe(subscription, Map.of("name", name));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01"));
        long order = admin().get("/api/v1/documents?subscriptionId=" + subscription).json().path("items").get(0)
                .path("id").asLong();

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/documents/" + order);
        assertThat(page.locator(".grid .card").first()).containsText(name);
        assertThat(page.locator("main")).not().containsText("null");
    }

    @Test
    void deliveriesNameTheirDocumentAndOfferWhatExistsForTheirChannel() {
        long subscription = subscription("INVOICE");
        subscribe(subscription, Map.of("name", "Ehf " + unique() + " AS", "organizationNumber", "923609016",
                "peppolId", "0192:923609016", "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150",
                        "city", "Oslo")));
        subscribe(subscription, Map.of("name", "Papir " + unique() + " AS", "invoiceAddress",
                Map.of("street", "Gate 2", "postcode", "0150", "city", "Oslo")));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01"));
        var invoices = admin().get("/api/v1/documents?subscriptionId=" + subscription).json().path("items");
        long ehf = invoices.valueStream().filter(d -> !d.path("peppolId").isNull()).findFirst().orElseThrow()
                .path("id").asLong();
        long paper = invoices.valueStream().filter(d -> d.path("peppolId").isNull()).findFirst().orElseThrow()
                .path("id").asLong();

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/deliveries?documentId=" + ehf);
        var row = page.locator("#delivery-table tbody tr").first();
        assertThat(row).containsText("Faktura " + invoices.valueStream().filter(d -> d.path("id").asLong() == ehf)
                .findFirst().orElseThrow().path("number").asLong());
        assertThat(row.locator("a.ehf")).hasAttribute("href", "/documents/" + ehf + "/ehf");
        assertThat(row.locator("a.eml")).hasCount(0);
        page.navigate("/deliveries?documentId=" + paper);
        row = page.locator("#delivery-table tbody tr").first();
        assertThat(row.locator("a.print-pdf")).hasAttribute("href", "/documents/" + paper + "/pdf");
        assertThat(row.locator("a.eml")).hasCount(0);
    }

    /** Item 8: a prorated quantity is shown as computed, so that quantity × price gives the sum shown. */
    @Test
    void aProratedQuantityIsShownWithTheDecimalsItIsComputedWith() throws Exception {
        long subscription = subscription("INVOICE");
        long customer = admin().post("/api/v1/customers", Map.of("name", "Delvis " + unique() + " AS")).id();
        admin().post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-10"));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-10"));
        var invoice = admin().get("/api/v1/documents?subscriptionId=" + subscription).json().path("items").get(0);
        var line = invoice.path("lines").get(0);
        String quantity = line.path("quantity").decimalValue().setScale(4).toPlainString().replace('.', ',');
        org.assertj.core.api.Assertions.assertThat(line.path("quantity").decimalValue().multiply(
                new java.math.BigDecimal("499")).setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo(line.path("sumExclVat").decimalValue());

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/documents/" + invoice.path("id").asLong());
        assertThat(page.locator("#document-lines tbody tr").first().locator("td").nth(1)).hasText(quantity);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(admin().download("/api/v1/documents/"
                + invoice.path("id").asLong() + "/pdf").body())) {
            org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains(quantity);
        }
    }

    /** Item 9: one number-format error hides no other; every field says what is wrong, and keeps what was typed. */
    @Test
    void theProductFormShowsEveryFieldsErrorAtOnce() {
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/products/new");
        page.getByLabel("Enhetspris").fill("tusen");
        page.getByLabel("Kostpris").fill("1,2,3");
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.locator("#productNumber-error")).isVisible();
        assertThat(page.locator("#name-error")).isVisible();
        assertThat(page.locator("#unitPrice-error")).isVisible();
        assertThat(page.locator("#costPrice-error")).isVisible();
        assertThat(page.getByLabel("Enhetspris")).hasValue("tusen");
        page.getByLabel("Produktnr.").fill("P-" + unique());
        page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Konsulenttime");
        page.getByLabel("Enhetspris").fill("1 250,50");
        page.getByLabel("Kostpris").fill("");
        page.getByRole(AriaRole.BUTTON, named("Lagre")).click();
        assertThat(page.locator(".error")).hasCount(0);
        assertThat(page.getByLabel("Enhetspris")).hasValue("1250,50");
    }

    /** Item 11: choosing a catalogue product shows the values the line will take from it. */
    @Test
    void choosingAProductShowsItsNamePriceAndVatInTheLineForm() {
        long subscription = subscription("INVOICE");
        String tag = String.valueOf(unique());
        admin().post("/api/v1/products", Map.of("productNumber", "V-" + tag, "name", "Vedlikehold " + tag,
                "unitPrice", 1250.5, "vatCode", "31"));
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/subscriptions/" + subscription + "/lines/new");
        page.getByLabel("Katalogprodukt").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Vedlikehold " + tag));
        assertThat(page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("placeholder", "Vedlikehold " + tag);
        assertThat(page.getByLabel("Enhetspris", new Page.GetByLabelOptions().setExact(true)))
                .hasAttribute("placeholder", "1250,50");
        assertThat(page.locator("#vatCode option[value='']")).containsText("15");
    }

    /** Item 12: the start summary says by which channel each subscriber gets the document. */
    @Test
    void theStartSummarySaysHowEachSubscriberGetsTheDocument() {
        long subscription = subscription("INVOICE");
        String tag = String.valueOf(unique());
        subscribe(subscription, Map.of("name", "Epost " + tag + " AS", "invoiceEmail", "faktura@epost.no",
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo")));
        subscribe(subscription, Map.of("name", "Ehf " + tag + " AS", "organizationNumber", "923609016",
                "peppolId", "0192:923609016", "invoiceAddress", Map.of("street", "Gate 3", "postcode", "0150",
                        "city", "Oslo")));
        subscribe(subscription, Map.of("name", "Papir " + tag + " AS", "invoiceAddress",
                Map.of("street", "Gate 2", "postcode", "0150", "city", "Oslo")));
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/subscriptions/" + subscription + "/start");
        var rows = page.locator("#start-summary tbody tr");
        assertThat(rows.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Epost " + tag))
                .locator("td.channel")).containsText("E-post faktura@epost.no");
        assertThat(rows.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ehf " + tag))
                .locator("td.channel")).containsText("EHF 0192:923609016");
        assertThat(rows.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Papir " + tag))
                .locator("td.channel")).containsText("På papir i posten");
    }
}

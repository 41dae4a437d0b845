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

    /** A monthly subscription from 2026-01-01 of one 499 kr line, in the given processing step. */
    private long subscription(String step) {
        return subscription(step, "Abonnement " + unique());
    }

    private long subscription(String step, String subject) {
        String tag = String.valueOf(unique());
        return monthlySubscription(tag, "N-" + tag, "Lisens " + tag, 499, Map.of("subject", subject,
                "processingStep", step));
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

    /** Item 2: a document shows only the actions its type and state allow, and the API lists the same. */
    @Test
    void aDocumentOffersOnlyTheActionsItsTypeAndStateAllow() {
        long subscription = subscription("INVOICE");
        subscribe(subscription, Map.of("name", "Handling " + unique() + " AS", "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo")));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01"));
        long invoice = admin().get("/api/v1/documents?subscriptionId=" + subscription).json().path("items").get(0)
                .path("id").asLong();
        var actions = admin().get("/api/v1/documents/" + invoice).json().path("actions").valueStream()
                .map(a -> a.path("rel").asString()).toList();
        org.assertj.core.api.Assertions.assertThat(actions)
                .containsExactly("pdf", "ehf", "creditNote", "hold", "writeOff");
        long note = admin().post("/api/v1/documents/" + invoice + "/credit-note", Map.of()).id();
        org.assertj.core.api.Assertions.assertThat(admin().get("/api/v1/documents/" + note).json().path("actions")
                .valueStream().map(a -> a.path("rel").asString()).toList()).containsExactly("pdf", "ehf");
        org.assertj.core.api.Assertions.assertThat(admin().get("/api/v1/documents/" + invoice).json()
                .path("actions").valueStream().map(a -> a.path("rel").asString()).toList())
                .containsExactly("pdf", "ehf", "hold");

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/documents/" + invoice);
        assertThat(page.locator("#invoice-order")).hasCount(0);
        assertThat(page.locator("#cancel-order")).hasCount(0);
        assertThat(page.locator("#credit-form")).hasCount(0);
        assertThat(page.locator("#hold")).isVisible();
        page.navigate("/documents/" + note);
        assertThat(page.locator(".actions-bar button")).hasCount(0);
        assertThat(page.locator("#document-pdf")).isVisible();
    }

    /** Item 14: the lists fit a window of 1024 and of 1400 pixels; a wide table scrolls inside its card. */
    @Test
    void theListsFitTheWindow() {
        logIn("admin", ADMIN_PASSWORD);
        for (int width : new int[] {1024, 1400}) {
            page.setViewportSize(width, 800);
            for (String list : java.util.List.of("/subscriptions", "/documents", "/customers", "/products",
                    "/deliveries", "/payments", "/billing-runs")) {
                page.navigate(list);
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth");
                org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as(list + " at " + width)
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    /** Item 19: a keyboard reaches the content by a skip link first; the menu marks the current page. */
    @Test
    void aKeyboardSkipsToTheContentAndTheMenuSaysWhereOneIs() {
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/customers");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Hopp til innholdet");
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
        assertThat(page.locator("nav.sidebar a[aria-current=page]")).hasText("Kunder");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate(
                "() => document.activeElement.closest('main') !== null")).isEqualTo(true);
        // the form's fields are reached and named by their labels
        page.navigate("/customers/new");
        assertThat(page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true))).isVisible();
    }

    /** Item 16: the document list filters by type, status, dates and customer, sorts, and sums what it shows. */
    @Test
    void theDocumentListFiltersSortsAndSums() throws Exception {
        long subscription = subscription("INVOICE");
        String tag = String.valueOf(unique());
        long customer = subscribe(subscription, Map.of("name", "Liste " + tag + " AS", "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo")));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        for (String date : java.util.List.of("2026-01-01", "2026-02-01", "2026-03-01")) {
            admin().post("/api/v1/billing/runs", Map.of("date", date));
        }
        long january = admin().get("/api/v1/documents?subscriptionId=" + subscription + "&sort=date").json()
                .path("items").get(0).path("id").asLong();
        admin().post("/api/v1/documents/" + january + "/credit-note", Map.of());

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/documents?customerId=" + customer);
        assertThat(page.locator("#document-customer")).hasValue(String.valueOf(customer));
        var rows = page.locator("#document-table tbody tr");
        assertThat(rows).hasCount(4);
        // three invoices of 623,75 less one credit note: 1 247,50 incl. VAT, 998,00 excl.
        assertThat(page.locator("#document-list-totals")).containsText("4 dokumenter");
        assertThat(page.locator("#document-list-totals")).containsText("998,00");
        assertThat(page.locator("#document-list-totals")).containsText("1 247,50");
        page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)).selectOption("INVOICE");
        assertThat(rows).hasCount(3);
        assertThat(page.locator("#document-list-totals")).containsText("1 871,25");
        page.getByLabel("Datert fra").fill("2026-02-01");
        assertThat(rows).hasCount(2);
        page.locator("#document-table thead a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Dato"))
                .click();
        assertThat(rows.first()).containsText("01.02.2026");
        page.locator("#document-table thead a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Dato"))
                .click();
        assertThat(rows.first()).containsText("01.03.2026");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*type=INVOICE.*"));
        // issue 13: the list as it is shown, as an Excel file
        com.microsoft.playwright.Download file = page.waitForDownload(() -> page.locator("#documents-xlsx").click());
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(java.nio.file.Files.newInputStream(
                file.path()))) {
            var sheet = workbook.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(sheet).hasSize(3);
            org.assertj.core.api.Assertions.assertThat(sheet.get(1).getCellAsDate(2).orElseThrow().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        }
    }

    /** Item 17: the history says what changed in words a clerk reads, with the values as shown elsewhere. */
    @Test
    void theHistorySaysWhatChangedInTheClerksWords() {
        long subscription = subscription("INVOICE");
        var line = admin().get("/api/v1/subscriptions/" + subscription + "/lines").json().path("items").get(0);
        Map<String, Object> changed = new java.util.HashMap<>(Map.of("productId", line.path("productId").asLong(),
                "unitPrice", 549, "version", line.path("version").asInt()));
        org.assertj.core.api.Assertions.assertThat(admin().put("/api/v1/subscriptions/" + subscription + "/lines/"
                + line.path("id").asLong(), changed).status()).isEqualTo(200);
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/subscriptions/" + subscription + "/history");
        assertThat(page.locator("#results")).containsText("Enhetspris endret fra 499,00 til 549,00");
        assertThat(page.locator("#results")).containsText("Linje " + line.path("id").asLong() + " opprettet");
        assertThat(page.locator("#results")).not().containsText("subscription-line");
        assertThat(page.locator("#results")).not().containsText("unitPrice");
        page.navigate("/admin/audit");
        assertThat(page.locator("#results")).not().containsText("UPDATE");
    }

    /** Items 15 and 18: every button looks like one, the KID stays in its card, and the list shows subjects filled in. */
    @Test
    void buttonsLookAlikeTheKidFitsAndTheListFillsInTheSubjectsCalendarFields() {
        String tag = String.valueOf(unique());
        long subscription = subscription("INVOICE", "Lisens " + tag + " @MONTHSTRING@");
        subscribe(subscription, Map.of("name", "Knapp " + tag + " AS", "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo")));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01"));
        long invoice = admin().get("/api/v1/documents?subscriptionId=" + subscription).json().path("items").get(0)
                .path("id").asLong();

        logIn("admin", ADMIN_PASSWORD);
        page.setViewportSize(1024, 800);
        page.navigate("/documents/" + invoice);
        Object credit = page.evaluate("() => getComputedStyle(document.getElementById('credit')).backgroundColor");
        Object pdf = page.evaluate("() => getComputedStyle(document.getElementById('document-pdf')).backgroundColor");
        org.assertj.core.api.Assertions.assertThat(credit).isEqualTo(pdf);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => { const k = document.getElementById('kid');"
                + " const card = k.closest('.card').getBoundingClientRect(); const r = k.getBoundingClientRect();"
                + " return r.right <= card.right + 0.5; }")).isEqualTo(true);

        page.navigate("/subscriptions?q=" + tag);
        var subject = page.locator("#results tbody tr").first().locator("td").nth(1).locator("a");
        assertThat(subject).not().containsText("@MONTHSTRING@");
        assertThat(subject).containsText(java.util.regex.Pattern.compile("Lisens " + tag + " [A-ZÆØÅ][a-zæøå]+"));
        assertThat(subject).hasAttribute("title", "Lisens " + tag + " @MONTHSTRING@");
    }

    /** The start page is the clerk's dashboard: the next run, the last run, what waits, and the billed months. */
    @Test
    void theStartPageShowsTheNextRunTheLastRunWhatWaitsAndTheBilledMonths() {
        long subscription = subscription("SALES_ORDER");
        subscribe(subscription, Map.of("name", "Oversikt " + unique() + " AS", "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo")));
        admin().post("/api/v1/subscriptions/" + subscription + "/start", "");
        java.time.LocalDate firstAhead = java.time.LocalDate.now().withDayOfMonth(1).plusMonths(1);
        admin().post("/api/v1/billing/runs", Map.of("date", firstAhead.toString()));
        // a payment nobody has matched waits too (a count of the list's first page: exact here)
        admin().post("/api/v1/payments", Map.of("date", "2025-06-15", "amount", "100.00", "payerName", "Ukjent"));
        no.takt.platform.text.Formats nb = no.takt.platform.text.Formats.of("nb");

        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/");
        assertThat(page.locator("h1")).hasText("Oversikt");
        assertThat(page.locator("#last-run")).containsText(nb.date(firstAhead));
        assertThat(page.locator("#waiting")).containsText("salgsordrer å fakturere");
        assertThat(page.locator("#waiting")).containsText(java.util.regex.Pattern.compile("innbetaling(er)? ikke avstemt"));
        // the next run and the chart come once the forecast has worked them out
        assertThat(page.locator("#next-run")).containsText(nb.date(firstAhead.plusMonths(1)));
        assertThat(page.locator("#next-run")).containsText("eks. MVA");
        assertThat(page.locator("#chart svg rect.billed")).hasCount(13);
        assertThat(page.locator("#chart svg rect.recognised")).hasCount(13);
        assertThat(page.locator("#chart svg rect.forecast")).hasCount(3);
        assertThat(page.locator("#chart-table tbody tr")).hasCount(16);
        assertThat(page.locator("#chart svg polyline.mrr")).hasAttribute("points",
                java.util.regex.Pattern.compile("(\\d+,\\d+ ){12}\\d+,\\d+"));
        screenshot("dashboard");
    }
}

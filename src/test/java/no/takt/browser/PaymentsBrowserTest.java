package no.takt.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.takt.payments.core.OcrFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentsBrowserTest extends BrowserTest {

    private static final LocalDate PAID = LocalDate.of(2026, 1, 20);

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    /** Two customers with an invoice of 623,75 each, with KIDs. */
    private List<JsonNode> invoices(String tag) {
        long seller = adminByToken().post("/api/v1/employees", Map.of("name", "Selger " + tag)).id();
        long frequency = adminByToken().post("/api/v1/frequencies", Map.of("name", "Mnd " + tag, "unit", "MONTH",
                "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long product = adminByToken().post("/api/v1/products", Map.of("productNumber", "P-" + tag, "name", "Lisens",
                "unitPrice", 499, "vatCode", "3")).id();
        long subscription = adminByToken().post("/api/v1/subscriptions", Map.of("subject", "Lisens " + tag,
                "frequencyId", frequency, "ourReferenceId", seller, "sellerId", seller, "useKid", true,
                "kidFormat", "ccccccciiiiiiii")).id();
        adminByToken().post("/api/v1/subscriptions/" + subscription + "/lines", Map.of("productId", product));
        for (String name : List.of("Fjellheim " + tag + " AS", "Strand " + tag + " AS")) {
            long customer = adminByToken().post("/api/v1/customers", Map.of("name", name, "invoiceAddress",
                    Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
            adminByToken().post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                    "startDate", "2026-01-01"));
        }
        adminByToken().post("/api/v1/subscriptions/" + subscription + "/start", "");
        admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01"));
        return adminByToken().get("/api/v1/documents?subscriptionId=" + subscription + "&sort=number").json()
                .path("items").valueStream().toList();
    }

    @Test
    void importABankFileMatchTheUnmatchedPaymentAndSeeTheLedger() {
        String tag = String.valueOf(unique());
        List<JsonNode> invoices = invoices(tag);
        String ocr = new OcrFiles().transmission(unique() % 10_000_000)
                .add(new OcrFiles.Tx("10", new BigDecimal("623.75"), invoices.get(0).path("kid").asString(), null,
                        PAID))
                .add(new OcrFiles.Tx("21", new BigDecimal("623.75"), null, "Takk for sist " + tag, PAID))
                .write();

        logIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, named("Innbetalinger").setExact(true)).click();
        page.locator("#file").setInputFiles(new FilePayload("ocr-" + tag + ".txt", "text/plain",
                ocr.getBytes(StandardCharsets.ISO_8859_1)));
        page.getByRole(AriaRole.BUTTON, named("Les inn")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("2 transaksjoner lest inn: 1 avstemt, 1 uavstemt, 0 ført fra før.");
        assertThat(page.locator("#payment-table tbody tr")).hasCount(2);
        screenshot("payments-imported");

        page.locator("#payment-table tbody tr", new Page.LocatorOptions().setHasText("Takk for sist " + tag))
                .getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#payment-status")).hasText("Uavstemt");
        String number = String.valueOf(invoices.get(1).path("number").asLong());
        // Other tests' invoices of the same amount may be suggested first: the clerk types the number.
        page.getByLabel("På fakturanummer").fill(number);
        page.getByRole(AriaRole.BUTTON, named("Avstem").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Innbetalingen er ført.");
        assertThat(page.locator("#payment-status")).hasText("Avstemt");
        assertThat(page.locator("#allocations")).containsText(number);
        screenshot("payment-matched");

        page.locator("#allocations").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(number).setExact(true)).click();
        assertThat(page.locator("#payment-status")).hasText("Betalt");
        assertThat(page.locator("#open-amount")).hasText("0,00");

        page.navigate("/customers/" + invoices.get(1).path("customerId").asLong());
        assertThat(page.locator("#ledger-entries")).containsText("Innbetaling");
        assertThat(page.locator("#ledger-balance")).hasText("0,00");
        assertThat(page.locator("#ledger-subscriptions a")).hasCount(1);
        screenshot("customer-ledger");
    }

    @Test
    void aDroppedFileIsImportedAndABrokenOneIsRefusedAtItsLine() {
        String tag = String.valueOf(unique());
        List<JsonNode> invoices = invoices(tag);
        logIn("admin", ADMIN_PASSWORD);
        page.navigate("/payments");
        String broken = new OcrFiles().transmission(unique() % 10_000_000)
                .add(new OcrFiles.Tx("10", new BigDecimal("100.00"), invoices.get(0).path("kid").asString(), null,
                        PAID))
                .wrongTotal(1).write();
        page.locator("#file").setInputFiles(new FilePayload("broken.txt", "text/plain",
                broken.getBytes(StandardCharsets.ISO_8859_1)));
        page.getByRole(AriaRole.BUTTON, named("Les inn")).click();
        assertThat(page.locator("#upload-error")).containsText("Linje 5");
        assertThat(page.locator("#upload-error")).containsText("Ingenting ble ført.");
        screenshot("payments-refused");

        String good = new OcrFiles().transmission(unique() % 10_000_000)
                .add(new OcrFiles.Tx("10", new BigDecimal("100.00"), invoices.get(0).path("kid").asString(), null,
                        PAID))
                .write();
        JSHandle files = page.evaluateHandle("text => { const t = new DataTransfer();"
                + " t.items.add(new File([text], 'dropped.txt', {type: 'text/plain'})); return t; }", good);
        page.dispatchEvent("#upload", "drop", Map.of("dataTransfer", files));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 transaksjoner lest inn: 1 avstemt, 0 uavstemt, 0 ført fra før.");
        page.navigate("/documents/" + invoices.get(0).path("id").asLong());
        assertThat(page.locator("#payment-status")).hasText("Delbetalt");
        assertThat(page.locator("#open-amount")).hasText("523,75");
    }

    @Test
    void runRemindersForACustomerAfterADryRunAndSeeTheFeeOnTheLedger() {
        String tag = String.valueOf(unique());
        no.takt.payments.TestRates.of2026(admin());
        JsonNode invoice = invoices(tag).getFirst();
        long customerNumber = invoice.path("customerNumber").asLong();
        LocalDate day = LocalDate.parse(invoice.path("dueDate").asString()).plusDays(14);

        logIn("admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, named("Purringer").setExact(true)).click();
        page.locator("#date").fill(day.toString());
        page.locator("#customerNumber").fill(String.valueOf(customerNumber));
        page.getByRole(AriaRole.BUTTON, named("Vis hva som ville bli sendt")).click();
        assertThat(page.locator("#run-result")).hasText("1 purringer ville blitt sendt.");
        assertThat(page.locator("#run-reminders-table")).containsText(String.valueOf(invoice.path("number").asLong()));
        screenshot("reminders-dry-run");
        page.locator("#customerNumber").fill(String.valueOf(customerNumber));
        page.getByRole(AriaRole.BUTTON, named("Kjør purring")).click();
        assertThat(page.locator("#run-result")).hasText("1 purringer sendt.");
        assertThat(page.locator("#run-reminders-table")).containsText("35,00");

        page.navigate("/customers/" + invoice.path("customerId").asLong());
        assertThat(page.locator("#ledger-entries")).containsText("Purregebyr");
        assertThat(page.locator("#ledger-entries")).not().containsText("null");
        page.navigate("/documents/" + invoice.path("id").asLong());
        assertThat(page.locator("#reminders-of")).containsText("Betalingspåminnelse");
        // An issued invoice offers no sales-order actions (a form inside a <p> used to escape its th:if).
        assertThat(page.locator("#invoice-order")).hasCount(0);
        assertThat(page.locator("#cancel-order")).hasCount(0);
        screenshot("invoice-reminded");
    }
}

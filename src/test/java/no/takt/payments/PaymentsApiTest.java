package no.takt.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.takt.billing.BillingFixtures;
import no.takt.payments.core.OcrFiles;
import no.takt.platform.security.Role;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentsApiTest extends BillingFixtures {

    private static final LocalDate PAID = LocalDate.of(2026, 1, 20);

    /** Three invoices of 623,75 with KIDs (customer number and invoice number, MOD10). */
    private List<JsonNode> invoices() {
        Fixture f = subscription(3, Map.of("useKid", true, "kidFormat", "ccccccciiiiiiii"));
        start(f);
        run("2026-01-01");
        return documents(f.subscriptionId());
    }

    private Api.Response upload(String content, String contentType) {
        return adminByToken().send("POST", "/api/v1/payment-files", content, contentType);
    }

    private JsonNode document(JsonNode invoice) {
        return admin().get("/api/v1/documents/" + invoice.path("id").asLong()).json();
    }

    private JsonNode balance(JsonNode invoice) {
        return admin().get("/api/v1/customers/" + invoice.path("customerId").asLong() + "/balance").json();
    }

    private static OcrFiles.Tx tx(String type, JsonNode invoice, String amount) {
        return new OcrFiles.Tx(type, new BigDecimal(amount), invoice.path("kid").asString(), null, PAID);
    }

    @Test
    void anOcrGiroFilePaysByKidExactlyPartlyAndOverAndIsAppliedOnce() {
        List<JsonNode> invoices = invoices();
        String ocr = new OcrFiles().transmission(unique() % 10_000_000)
                .add(tx("10", invoices.get(0), "623.75"))
                .add(tx("13", invoices.get(1), "100.00"))
                .add(tx("11", invoices.get(2), "673.75"))
                .add(new OcrFiles.Tx("10", new BigDecimal("55.00"), "12345678903", null, PAID))
                .write();

        Api.Response imported = upload(ocr, "text/plain");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode file = imported.json();
        assertThat(file.path("format").asString()).isEqualTo("OCR_GIRO");
        assertThat(file.path("transactions").asInt()).isEqualTo(4);
        assertThat(file.path("totalAmount").decimalValue()).isEqualByComparingTo("1452.50");
        assertThat(file.path("matched").asInt()).isEqualTo(3);
        assertThat(file.path("unmatched").asInt()).isEqualTo(1);
        assertThat(file.path("duplicates").asInt()).isZero();

        assertThat(document(invoices.get(0)).path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(document(invoices.get(0)).path("openAmount").decimalValue()).isEqualByComparingTo("0");
        assertThat(document(invoices.get(1)).path("paymentStatus").asString()).isEqualTo("PARTLY_PAID");
        assertThat(document(invoices.get(1)).path("openAmount").decimalValue()).isEqualByComparingTo("523.75");
        assertThat(document(invoices.get(1)).path("overdue").asBoolean()).isTrue();
        assertThat(document(invoices.get(2)).path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(balance(invoices.get(2)).path("credit").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(balance(invoices.get(2)).path("balance").decimalValue()).isEqualByComparingTo("-50.00");
        JsonNode unmatched = adminByToken().get("/api/v1/payments?status=UNMATCHED&fileId=" + file.path("id").asLong())
                .json().path("items");
        assertThat(unmatched).hasSize(1);
        assertThat(unmatched.get(0).path("amount").decimalValue()).isEqualByComparingTo("55.00");
        assertThat(unmatched.get(0).path("source").asString()).isEqualTo("OCR_GIRO");

        Api.Response again = upload(ocr, "text/plain");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asLong()).isEqualTo(file.path("id").asLong());
        assertThat(again.json().path("repeated").asBoolean()).isTrue();
        assertThat(document(invoices.get(1)).path("openAmount").decimalValue()).isEqualByComparingTo("523.75");

        // Another file with one transaction already applied (same bank reference), one new one, and a
        // settled AvtaleGiro claim (type 15).
        String overlapping = new OcrFiles().transmission(unique() % 10_000_000)
                .add(tx("13", invoices.get(1), "100.00")).add(tx("10", invoices.get(1), "23.75"))
                .add(tx("15", invoices.get(1), "100.00")).write();
        JsonNode second = upload(overlapping, "text/plain").json();
        assertThat(second.path("duplicates").asInt()).isEqualTo(1);
        assertThat(second.path("matched").asInt()).isEqualTo(2);
        assertThat(document(invoices.get(1)).path("openAmount").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(adminByToken().get("/api/v1/payments?fileId=" + second.path("id").asLong()).json().path("items")
                .valueStream().map(p -> p.path("source").asString())).containsExactlyInAnyOrder("OCR_GIRO", "AVTALEGIRO");
    }

    @Test
    void aFileThatDoesNotAddUpIsRefusedWithItsLineAndNothingIsApplied() {
        List<JsonNode> invoices = invoices();
        String ocr = new OcrFiles().transmission(unique() % 10_000_000).add(tx("10", invoices.get(0), "623.75"))
                .wrongTotal(100).write();
        Api.Response refused = adminByToken().send("POST", "/api/v1/payment-files", ocr, "text/plain");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactly("file");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("5").contains("624.75").contains("623.75");
        assertThat(document(invoices.get(0)).path("paymentStatus").asString()).isEqualTo("UNPAID");
        assertThat(jdbc.sql("select count(*) from payment where reference = ?").param(invoices.get(0).path("kid")
                .asString()).query(Long.class).single()).isZero();
        assertThat(upload("not a bank file", "text/plain").status()).isEqualTo(422);
    }

    @Test
    void aReversalTakesItsPaymentBackAndTheInvoiceIsOpenAgain() {
        List<JsonNode> invoices = invoices();
        upload(new OcrFiles().transmission(unique() % 10_000_000).add(tx("19", invoices.get(0), "623.75")).write(),
                "text/plain");
        assertThat(document(invoices.get(0)).path("paymentStatus").asString()).isEqualTo("PAID");
        JsonNode file = upload(new OcrFiles().transmission(unique() % 10_000_000)
                .add(tx("18", invoices.get(0), "623.75")).write(), "text/plain").json();
        assertThat(file.path("totalAmount").decimalValue()).isEqualByComparingTo("-623.75");
        assertThat(document(invoices.get(0)).path("paymentStatus").asString()).isEqualTo("UNPAID");
        JsonNode payments = adminByToken().get("/api/v1/payments?size=100&q=" + invoices.get(0).path("kid").asString())
                .json().path("items");
        assertThat(payments).hasSize(2);
        JsonNode reversal = payments.valueStream().filter(p -> p.path("amount").decimalValue().signum() < 0)
                .findFirst().orElseThrow();
        JsonNode original = payments.valueStream().filter(p -> p.path("amount").decimalValue().signum() > 0)
                .findFirst().orElseThrow();
        assertThat(original.path("status").asString()).isEqualTo("REVERSED");
        assertThat(original.path("allocations")).isEmpty();
        assertThat(original.path("undoneAllocations")).hasSize(1);
        assertThat(reversal.path("reversesPaymentId").asLong()).isEqualTo(original.path("id").asLong());
        assertThat(balance(invoices.get(0)).path("open").decimalValue()).isEqualByComparingTo("623.75");
    }

    @Test
    void aNorwegianCamt054PaysByKidAndByTheInvoiceNumberInItsText() {
        List<JsonNode> invoices = invoices();
        String xml = new String(no.takt.support.TestResources.bytes("/payments/camt054-no-kid.xml"),
                StandardCharsets.UTF_8)
                .replace("0001234000010037", invoices.get(0).path("kid").asString())
                .replace("0001235000010042", invoices.get(1).path("kid").asString())
                .replace("Faktura 10052", "Faktura " + invoices.get(2).path("number").asLong())
                .replace("NO-DNB-20270115-0001", "NO-DNB-" + unique())
                .replace("DNB20270115", "DNB" + unique());
        Api.Response imported = upload(xml, "application/xml");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("format").asString()).isEqualTo("CAMT054");
        assertThat(imported.json().path("transactions").asInt()).isEqualTo(4);
        assertThat(imported.json().path("matched").asInt()).isEqualTo(3);
        assertThat(document(invoices.get(0)).path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(document(invoices.get(1)).path("openAmount").decimalValue()).isEqualByComparingTo("123.75");
        assertThat(document(invoices.get(2)).path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(balance(invoices.get(2)).path("credit").decimalValue()).isEqualByComparingTo("2.50");
        JsonNode byText = adminByToken().get("/api/v1/payments?customerId=" + invoices.get(2).path("customerId")
                .asLong()).json().path("items").get(0);
        assertThat(byText.path("allocations").get(0).path("matchedBy").asString()).isEqualTo("INVOICE_NUMBER");
        assertThat(byText.path("payerName").asString()).isEqualTo("Kari Nordmann");
    }

    @Test
    void aPersonMatchesAnUnmatchedPaymentUndoesItAndBooksItAsCreditThatIsRefunded() {
        List<JsonNode> invoices = invoices();
        JsonNode invoice = invoices.get(0);
        Api.Response registered = adminByToken().post("/api/v1/payments", Map.of("date", "2026-01-25", "amount",
                "623.75", "payerName", invoice.path("customerName").asString(), "freeText", "Lisens"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonNode payment = registered.json();
        assertThat(payment.path("status").asString()).isEqualTo("UNMATCHED");
        assertThat(payment.path("source").asString()).isEqualTo("MANUAL");
        long id = payment.path("id").asLong();

        JsonNode suggestions = adminByToken().get("/api/v1/payments/" + id + "/suggestions").json();
        assertThat(suggestions.path("invoices").valueStream().map(i -> i.path("documentId").asLong()))
                .contains(invoice.path("id").asLong());
        assertThat(suggestions.path("customers").valueStream().map(c -> c.path("id").asLong()))
                .contains(invoice.path("customerId").asLong());

        assertThat(adminByToken().post("/api/v1/payments/" + id + "/allocations", Map.of("documentId",
                invoice.path("id").asLong(), "amount", "700.00")).errorFields()).containsExactly("amount");
        JsonNode matched = adminByToken().post("/api/v1/payments/" + id + "/allocations", Map.of("documentId",
                invoice.path("id").asLong())).json();
        assertThat(matched.path("status").asString()).isEqualTo("MATCHED");
        assertThat(matched.path("unallocated").decimalValue()).isEqualByComparingTo("0");
        assertThat(document(invoice).path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(adminByToken().post("/api/v1/payments/" + id + "/allocations", Map.of("customerId",
                invoice.path("customerId").asLong())).status()).isEqualTo(409);

        long allocation = matched.path("allocations").get(0).path("id").asLong();
        JsonNode undone = adminByToken().delete("/api/v1/payments/" + id + "/allocations/" + allocation).json();
        assertThat(undone.path("status").asString()).isEqualTo("UNMATCHED");
        assertThat(undone.path("undoneAllocations").get(0).path("undoneBy").asString()).isNotBlank();
        assertThat(document(invoice).path("paymentStatus").asString()).isEqualTo("UNPAID");

        JsonNode credit = adminByToken().post("/api/v1/payments/" + id + "/allocations", Map.of("customerId",
                invoice.path("customerId").asLong(), "amount", "600.00")).json();
        assertThat(credit.path("status").asString()).isEqualTo("PARTLY_MATCHED");
        assertThat(credit.path("unallocated").decimalValue()).isEqualByComparingTo("23.75");
        String customer = "/api/v1/customers/" + invoice.path("customerId").asLong();
        assertThat(admin().get(customer + "/balance").json().path("credit").decimalValue())
                .isEqualByComparingTo("600.00");
        assertThat(adminByToken().post(customer + "/refunds", Map.of("date", "2026-02-01", "amount", "700"))
                .errorFields()).containsExactly("amount");
        JsonNode afterRefund = adminByToken().post(customer + "/refunds", Map.of("date", "2026-02-01", "amount", "600"))
                .json();
        assertThat(afterRefund.path("credit").decimalValue()).isEqualByComparingTo("0");
        assertThat(adminByToken().get("/api/v1/refunds?format=csv&customerId=" + invoice.path("customerId").asLong())
                .body()).contains(";2026-02-01;600.00;NOK;");
        assertThat(afterRefund.path("open").decimalValue()).isEqualByComparingTo("623.75");
        // The credit is paid out: its placement can no longer be undone.
        long creditAllocation = credit.path("allocations").get(0).path("id").asLong();
        assertThat(adminByToken().delete("/api/v1/payments/" + id + "/allocations/" + creditAllocation).status())
                .isEqualTo(409);

        JsonNode ledger = admin().get(customer + "/ledger").json();
        assertThat(ledger.path("items").valueStream().map(e -> e.path("type").asString()))
                .containsExactly("INVOICE", "PAYMENT", "REFUND");
        assertThat(ledger.path("items").get(1).path("amount").decimalValue()).isEqualByComparingTo("-600.00");
        assertThat(ledger.path("balance").decimalValue()).isEqualByComparingTo("623.75");
        assertThat(as(Role.READONLY).post("/api/v1/payments", Map.of("date", "2026-01-25", "amount", "1")).status())
                .isEqualTo(403);
    }

    @Test
    void aPaymentByHandOnACustomerPaysTheirOldestInvoicesFirst() {
        Fixture f = subscription(1, Map.of());
        start(f);
        run("2026-01-01");
        run("2026-02-01");
        List<JsonNode> docs = documents(f.subscriptionId());
        JsonNode payment = adminByToken().post("/api/v1/payments", Map.of("date", "2026-02-10", "amount", "700",
                "customerId", f.customers().getFirst())).json();
        assertThat(payment.path("allocations").valueStream().map(a -> a.path("amount").decimalValue().toPlainString()))
                .containsExactly("623.75", "76.25");
        assertThat(document(docs.get(0)).path("paymentStatus").asString()).isEqualTo("PAID");
        assertThat(document(docs.get(1)).path("openAmount").decimalValue()).isEqualByComparingTo("547.50");
        JsonNode balance = balance(docs.get(0));
        assertThat(balance.path("balance").decimalValue()).isEqualByComparingTo(
                balance.path("open").decimalValue().subtract(balance.path("credit").decimalValue()));
        JsonNode ledger = admin().get("/api/v1/customers/" + f.customers().getFirst() + "/ledger").json();
        assertThat(ledger.path("balance").decimalValue()).isEqualByComparingTo("547.50");
    }

    @Test
    void creditLeftOnACustomerIsUsedOnTheirNextInvoiceAndPrintedOnIt() {
        organisation("922301956");
        Fixture f = subscription(0, Map.of());
        long business = post("/api/v1/customers", Map.of("name", unique("Bedrift"), "organizationNumber", "987654325",
                "peppolId", "0192:987654325", "invoiceAddress",
                Map.of("street", "Gate 2", "postcode", "5003", "city", "Bergen"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", business,
                "startDate", "2026-01-01"));
        start(f);
        run("2026-01-01");
        JsonNode payment = adminByToken().post("/api/v1/payments", Map.of("date", "2026-01-20", "amount", "700",
                "customerId", business)).json();
        String customer = "/api/v1/customers/" + business;
        assertThat(admin().get(customer + "/balance").json().path("credit").decimalValue())
                .isEqualByComparingTo("76.25");

        run("2026-02-01");
        JsonNode february = documents(f.subscriptionId()).get(1);
        assertThat(february.path("prepaidAmount").decimalValue()).isEqualByComparingTo("76.25");
        assertThat(february.path("openAmount").decimalValue()).isEqualByComparingTo("547.50");
        assertThat(february.path("paymentStatus").asString()).isEqualTo("PARTLY_PAID");
        JsonNode balance = admin().get(customer + "/balance").json();
        assertThat(balance.path("credit").decimalValue()).isEqualByComparingTo("0");
        assertThat(balance.path("open").decimalValue()).isEqualByComparingTo("547.50");
        assertThat(admin().get(customer + "/ledger").json().path("balance").decimalValue())
                .isEqualByComparingTo("547.50");
        long id = february.path("id").asLong();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(adminByToken().download("/api/v1/documents/" + id + "/pdf")
                .body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains("Tilgode brukt", "−76,25", "547,50");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String ehf = new String(adminByToken().download("/api/v1/documents/" + id + "/ehf").body(),
                StandardCharsets.UTF_8);
        assertThat(ehf).contains("<cbc:PrepaidAmount currencyID=\"NOK\">76.25</cbc:PrepaidAmount>")
                .contains("<cbc:PayableAmount currencyID=\"NOK\">547.50</cbc:PayableAmount>");
        assertThat(adminByToken().get("/api/v1/documents/" + id + "/ehf/validation").json().path("valid").asBoolean())
                .isTrue();
        // Printed on the invoice, it is not undone by hand: the invoice is credited instead.
        JsonNode used = adminByToken().get("/api/v1/payments/" + payment.path("id").asLong()).json();
        long onInvoice = used.path("allocations").valueStream()
                .filter(a -> a.path("matchedBy").asString().equals("CREDIT") && a.path("documentId").asLong() == id)
                .findFirst().orElseThrow().path("id").asLong();
        assertThat(adminByToken().delete("/api/v1/payments/" + payment.path("id").asLong() + "/allocations/"
                + onInvoice).status()).isEqualTo(409);
    }

    @Test
    void agedReceivablesBucketTheOpenInvoicesByDaysPastDueInJsonCsvAndExcel() throws Exception {
        Fixture f = subscription(1, Map.of());
        start(f);
        run("2026-01-01");
        run("2026-02-01");
        long number = admin().get("/api/v1/customers/" + f.customers().getFirst()).json().path("customerNumber")
                .asLong();
        // On 20 March the January invoice (due 15 January) is 64 days late, February's (due 15 February) 33.
        String aged = "/api/v1/reports/aged-receivables?asOf=2026-03-20";
        JsonNode row = admin().get(aged).json().path("items").valueStream()
                .filter(r -> r.path("customerNumber").asLong() == number).findFirst().orElseThrow();
        assertThat(row.path("buckets").path("DAYS_61_90").decimalValue()).isEqualByComparingTo("623.75");
        assertThat(row.path("buckets").path("DAYS_31_60").decimalValue()).isEqualByComparingTo("623.75");
        assertThat(row.path("buckets").path("NOT_DUE").decimalValue()).isEqualByComparingTo("0");
        assertThat(row.path("total").decimalValue()).isEqualByComparingTo("1247.50");

        assertThat(adminByToken().get(aged + "&format=csv").body().lines()
                .filter(l -> l.startsWith(number + ";")).findFirst().orElseThrow())
                .endsWith(";0.00;0.00;623.75;623.75;0.00;1247.50");

        Api.Download xlsx = adminByToken().download(aged + "&format=xlsx");
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(
                xlsx.body()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCell(0).getText()).isEqualTo("Customer no.");
            org.dhatim.fastexcel.reader.Row ours = rows.stream().filter(r -> r.getCell(0) != null
                    && r.getCell(0).getType() == org.dhatim.fastexcel.reader.CellType.NUMBER
                    && r.getCell(0).asNumber().longValue() == number).findFirst().orElseThrow();
            assertThat(ours.getCell(4).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(ours.getCell(4).asNumber()).isEqualByComparingTo("623.75");
            assertThat(ours.getCell(5).asNumber()).isEqualByComparingTo("623.75");
            assertThat(ours.getCell(7).asNumber()).isEqualByComparingTo("1247.50");
        }
    }

    @Test
    void aCreditNoteOnAPaidInvoiceLeavesItsPaymentAsTheCustomersCredit() {
        JsonNode invoice = invoices().getFirst();
        long id = invoice.path("id").asLong();
        JsonNode payment = adminByToken().post("/api/v1/payments", Map.of("date", "2026-01-20", "amount", "623.75",
                "documentId", id)).json();
        assertThat(document(invoice).path("paymentStatus").asString()).isEqualTo("PAID");
        adminByToken().post("/api/v1/documents/" + id + "/credit-note", "");
        JsonNode credited = document(invoice);
        assertThat(credited.path("paymentStatus").asString()).isEqualTo("CREDITED");
        assertThat(credited.path("openAmount").decimalValue()).isEqualByComparingTo("0");
        String customer = "/api/v1/customers/" + invoice.path("customerId").asLong();
        JsonNode balance = admin().get(customer + "/balance").json();
        assertThat(balance.path("credit").decimalValue()).isEqualByComparingTo("623.75");
        assertThat(balance.path("balance").decimalValue()).isEqualByComparingTo("-623.75");
        assertThat(admin().get(customer + "/ledger").json().path("balance").decimalValue())
                .isEqualByComparingTo("-623.75");
        long original = payment.path("allocations").get(0).path("id").asLong();
        assertThat(adminByToken().delete("/api/v1/payments/" + payment.path("id").asLong() + "/allocations/"
                + original).status()).isEqualTo(409);
        assertThat(adminByToken().post(customer + "/refunds", Map.of("date", "2026-02-01", "amount", "623.75"))
                .json().path("credit").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void whatWillNotBePaidIsWrittenOffOnTheLedger() {
        JsonNode invoice = invoices().getFirst();
        long id = invoice.path("id").asLong();
        adminByToken().post("/api/v1/payments", Map.of("date", "2026-01-20", "amount", "100", "documentId", id));
        String writeOff = "/api/v1/documents/" + id + "/write-off";
        assertThat(adminByToken().post(writeOff, Map.of("date", "2026-06-30", "amount", "600")).errorFields())
                .containsExactly("amount");
        JsonNode balance = adminByToken().post(writeOff, Map.of("date", "2026-06-30", "note", "Konkurs")).json();
        assertThat(balance.path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(document(invoice).path("openAmount").decimalValue()).isEqualByComparingTo("0");
        JsonNode ledger = admin().get("/api/v1/customers/" + invoice.path("customerId").asLong() + "/ledger").json();
        assertThat(ledger.path("items").valueStream().map(e -> e.path("type").asString()))
                .containsExactly("INVOICE", "PAYMENT", "WRITE_OFF");
        assertThat(ledger.path("items").get(2).path("amount").decimalValue()).isEqualByComparingTo("-523.75");
        assertThat(adminByToken().post(writeOff, Map.of("date", "2026-06-30")).errorFields()).containsExactly("amount");
    }

    @Test
    void anInvoiceOnHoldSaysSoAndOnlyInvoicesAreHeld() {
        JsonNode invoice = invoices().getFirst();
        String hold = "/api/v1/documents/" + invoice.path("id").asLong() + "/hold";
        assertThat(adminByToken().post(hold, "").json().path("onHold").asBoolean()).isTrue();
        assertThat(document(invoice).path("onHold").asBoolean()).isTrue();
        assertThat(adminByToken().delete(hold).json().path("onHold").asBoolean()).isFalse();
        long note = adminByToken().post("/api/v1/documents/" + invoice.path("id").asLong() + "/credit-note", "").id();
        assertThat(adminByToken().post("/api/v1/documents/" + note + "/hold", "").status()).isEqualTo(409);
        assertThat(document(invoice).path("paymentStatus").asString()).isEqualTo("CREDITED");
    }

    /** Two uploads of the same file at once: one applies it, the other answers that import. */
    @Test
    void theSameFileUploadedTwiceAtOnceIsAppliedOnce() throws Exception {
        List<JsonNode> invoices = invoices();
        String ocr = new OcrFiles().transmission(unique() % 10_000_000).add(tx("10", invoices.get(0), "100.00"))
                .add(tx("10", invoices.get(1), "200.00")).write();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Api.Response>> both = List.of(() -> upload(ocr, "text/plain"), () -> upload(ocr,
                    "text/plain"));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> f : pool.invokeAll(both)) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        } finally {
            pool.shutdown();
        }
        assertThat(document(invoices.get(0)).path("openAmount").decimalValue()).isEqualByComparingTo("523.75");
        assertThat(document(invoices.get(1)).path("openAmount").decimalValue()).isEqualByComparingTo("423.75");
    }
}

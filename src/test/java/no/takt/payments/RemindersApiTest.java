package no.takt.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.payments.core.OcrFiles;
import no.takt.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RemindersApiTest extends BillingFixtures {

    @BeforeEach
    void ratesOf2026() {
        TestRates.of2026(admin());
    }

    private JsonNode invoice() {
        Fixture f = subscription(1, Map.of("useKid", true, "kidFormat", "ccccccciiiiiiii"));
        start(f);
        run("2026-01-01");
        return documents(f.subscriptionId()).getFirst();
    }

    private Api.Response remind(JsonNode invoice, LocalDate date, boolean dryRun) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date.toString(), "dryRun", dryRun));
        body.put("customerId", invoice.path("customerId").asLong());
        return adminByToken().post("/api/v1/reminders/runs", body);
    }

    private List<JsonNode> reminders(JsonNode invoice) {
        return adminByToken().get("/api/v1/reminders?sort=level&documentId=" + invoice.path("id").asLong()).json()
                .path("items").valueStream().toList();
    }

    @Test
    void anInvoiceIsRemindedFourteenDaysAfterItsDueDateThenNoticedAfterTheDeadlineAndEachStepOnce() {
        JsonNode invoice = invoice();
        LocalDate due = LocalDate.parse(invoice.path("dueDate").asString());
        assertThat(remind(invoice, due.plusDays(13), false).json().path("remindersCreated").asInt()).isZero();

        JsonNode dry = remind(invoice, due.plusDays(14), true).json();
        assertThat(dry.path("remindersCreated").asInt()).isEqualTo(1);
        assertThat(dry.path("reminders").get(0).path("fee").decimalValue()).isEqualByComparingTo("35.00");
        assertThat(reminders(invoice)).isEmpty();

        JsonNode run = remind(invoice, due.plusDays(14), false).json();
        assertThat(run.path("remindersCreated").asInt()).isEqualTo(1);
        JsonNode first = reminders(invoice).getFirst();
        assertThat(first.path("level").asInt()).isEqualTo(1);
        assertThat(first.path("kind").asString()).isEqualTo("REMINDER");
        assertThat(first.path("deadline").asString()).isEqualTo(due.plusDays(28).toString());
        // 623,75 × 12,5 % × 14 / 365 = 2,99.
        assertThat(first.path("interest").decimalValue()).isEqualByComparingTo("2.99");
        assertThat(first.path("totalDue").decimalValue()).isEqualByComparingTo("661.74");
        assertThat(first.path("documents").get(0).path("openAmount").decimalValue()).isEqualByComparingTo("623.75");

        JsonNode letter = admin().get("/api/v1/documents/" + first.path("documentId").asLong()).json();
        assertThat(letter.path("type").asString()).isEqualTo("REMINDER");
        assertThat(letter.path("kid").asString()).isEqualTo(invoice.path("kid").asString());
        assertThat(letter.path("invoiceId").asLong()).isEqualTo(invoice.path("id").asLong());
        assertThat(letter.path("totalInclVat").decimalValue()).isEqualByComparingTo("661.74");
        assertThat(letter.path("dueDate").asString()).isEqualTo(due.plusDays(28).toString());
        String pdf = text(adminByToken().download("/api/v1/documents/" + letter.path("id").asLong() + "/pdf").body());
        assertThat(pdf).contains("Betalingspåminnelse", "Purregebyr", "Forsinkelsesrente", "661,74",
                invoice.path("kid").asString(), "Ny betalingsfrist");
        // What is owed and what it adds, no VAT: a reminder's fee and interest are outside the VAT act.
        assertThat(pdf).doesNotContain("Sum eks. MVA", " 0 %");
        assertThat(adminByToken().get("/api/v1/deliveries?documentId=" + letter.path("id").asLong()).json()
                .path("items")).hasSize(1);

        assertThat(remind(invoice, due.plusDays(14), false).json().path("remindersCreated").asInt()).isZero();
        assertThat(remind(invoice, due.plusDays(28), false).json().path("remindersCreated").asInt()).isZero();
        assertThat(remind(invoice, due.plusDays(29), false).json().path("remindersCreated").asInt()).isEqualTo(1);
        JsonNode second = reminders(invoice).get(1);
        assertThat(second.path("kind").asString()).isEqualTo("COLLECTION_NOTICE");
        assertThat(second.path("fee").decimalValue()).isEqualByComparingTo("35.00");
        assertThat(remind(invoice, due.plusDays(60), false).json().path("remindersCreated").asInt()).isZero();
        assertThat(reminders(invoice)).hasSize(2);

        String customer = "/api/v1/customers/" + invoice.path("customerId").asLong();
        JsonNode ledger = admin().get(customer + "/ledger").json();
        assertThat(ledger.path("items").valueStream().map(e -> e.path("type").asString()))
                .containsExactly("INVOICE", "REMINDER_FEE", "INTEREST", "REMINDER_FEE", "INTEREST");
        BigDecimal owed = ledger.path("balance").decimalValue();
        JsonNode balance = admin().get(customer + "/balance").json();
        assertThat(balance.path("balance").decimalValue()).isEqualByComparingTo(owed);
        assertThat(balance.path("open").decimalValue()).isEqualByComparingTo(owed);

        // Ready for collection the day after the notice's deadline, while it is open.
        LocalDate collectionDay = LocalDate.parse(second.path("deadline").asString()).plusDays(1);
        JsonNode ready = adminByToken().get("/api/v1/reminders/collection?date=" + collectionDay).json().path("items");
        assertThat(ready.valueStream().map(r -> r.path("documents").get(0).path("documentId").asLong()))
                .contains(invoice.path("id").asLong());
        assertThat(adminByToken().get("/api/v1/reminders/collection?format=csv&date=" + collectionDay).body())
                .startsWith("invoiceId;invoiceNumber").contains(";" + invoice.path("number").asLong() + ";");

        // The customer pays everything by the invoice's KID: the invoice first, then the reminders' charges.
        Api.Response paid = adminByToken().send("POST", "/api/v1/payment-files", new OcrFiles()
                .transmission(unique() % 10_000_000).add(new OcrFiles.Tx("10", owed, invoice.path("kid").asString(),
                        null, collectionDay)).write(), "text/plain");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        JsonNode after = admin().get(customer + "/balance").json();
        assertThat(after.path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(after.path("credit").decimalValue()).isEqualByComparingTo("0");
        assertThat(admin().get("/api/v1/documents/" + invoice.path("id").asLong()).json().path("paymentStatus")
                .asString()).isEqualTo("PAID");
        assertThat(adminByToken().get("/api/v1/reminders/collection?date=" + collectionDay).json().path("items")
                .valueStream().map(r -> r.path("documents").get(0).path("documentId").asLong()))
                .doesNotContain(invoice.path("id").asLong());
    }

    /** Two runs at once for the same day remind each invoice once, and the reminder numbers stay gapless. */
    @Test
    void twoRunsAtOnceRemindOnce() throws Exception {
        JsonNode invoice = invoice();
        LocalDate day = LocalDate.parse(invoice.path("dueDate").asString()).plusDays(14);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Callable<Api.Response>> both = java.util.Collections.nCopies(2,
                    () -> remind(invoice, day, false));
            int created = 0;
            for (var f : pool.invokeAll(both)) {
                assertThat(f.get().status()).as(f.get().toString()).isEqualTo(201);
                created += f.get().json().path("remindersCreated").asInt();
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(reminders(invoice)).hasSize(1);
        assertGapless("REMINDER");
    }

    @Test
    void anInvoiceOrCustomerOnHoldIsNotReminded() {
        JsonNode invoice = invoice();
        LocalDate due = LocalDate.parse(invoice.path("dueDate").asString());
        adminByToken().post("/api/v1/documents/" + invoice.path("id").asLong() + "/hold", "");
        assertThat(remind(invoice, due.plusDays(14), false).json().path("remindersCreated").asInt()).isZero();
        adminByToken().delete("/api/v1/documents/" + invoice.path("id").asLong() + "/hold");
        String hold = "/api/v1/customers/" + invoice.path("customerId").asLong() + "/hold";
        assertThat(adminByToken().post(hold, "").json().path("onHold").asBoolean()).isTrue();
        assertThat(remind(invoice, due.plusDays(14), false).json().path("remindersCreated").asInt()).isZero();
        adminByToken().delete(hold);
        assertThat(remind(invoice, due.plusDays(14), false).json().path("remindersCreated").asInt()).isEqualTo(1);
    }

    /** With the organisation in Denmark: rykkere 10 days apart, 100 kr each, the 310 kr compensation once. */
    @Test
    void aDanishOrganisationRemindsByTheRenteloven() {
        assertThat(admin().post("/api/v1/rates", Map.of("kind", "DK_LATE_INTEREST", "validFrom", "2026-01-01",
                "value", 10.0, "source", "test")).status()).isIn(201, 409);
        Fixture f = subscription(0, Map.of());
        long business = post("/api/v1/customers", Map.of("name", unique("Firma"), "organizationNumber", "987654325",
                "invoiceAddress", Map.of("street", "Gade 1", "postcode", "2100", "city", "København"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", business,
                "startDate", "2026-01-01"));
        start(f);
        run("2026-01-01");
        JsonNode invoice = documents(f.subscriptionId()).getFirst();
        LocalDate due = LocalDate.parse(invoice.path("dueDate").asString());
        JsonNode before = admin().get("/api/v1/organisation").json();
        country("DK", "12345674");
        try {
            assertThat(remind(invoice, due.plusDays(9), false).json().path("remindersCreated").asInt()).isZero();
            for (int level = 1; level <= 3; level++) {
                LocalDate day = due.plusDays(10L * level);
                assertThat(remind(invoice, day, false).json().path("remindersCreated").asInt()).isEqualTo(1);
            }
            assertThat(remind(invoice, due.plusDays(60), false).json().path("remindersCreated").asInt()).isZero();
        } finally {
            country(before.path("country").asString(), before.path("organizationNumber").isNull() ? null
                    : before.path("organizationNumber").asString());
        }
        List<JsonNode> sent = reminders(invoice);
        assertThat(sent).extracting(r -> r.path("fee").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("100", "100", "100");
        assertThat(sent).extracting(r -> r.path("compensation").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("310", "0", "0");
        assertThat(sent.get(2).path("kind").asString()).isEqualTo("COLLECTION_NOTICE");
        // 623,75 × 10 % × 10 / 365 = 1,71 for each 10 days.
        assertThat(sent.get(0).path("interest").decimalValue()).isEqualByComparingTo("1.71");
    }

    /** Moves the organisation to another country, with an organisation number of that country. */
    private void country(String country, String organizationNumber) {
        JsonNode organisation = admin().get("/api/v1/organisation").json();
        Map<String, Object> facts = new HashMap<>(tools.jackson.databind.json.JsonMapper.builder().build()
                .convertValue(organisation, Map.class));
        facts.put("country", country);
        facts.put("organizationNumber", organizationNumber);
        Api.Response updated = admin().put("/api/v1/organisation", facts);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    @Test
    void aRateNotKnownForTheDayStopsTheRunNamingIt() {
        JsonNode invoice = invoice();
        Api.Response refused = remind(invoice, LocalDate.of(2031, 3, 1), false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("detail").asString()).contains("NO_INKASSOSATS");
        assertThat(reminders(invoice)).isEmpty();
        assertThat(admin().get("/api/v1/rates").json().path("items").valueStream()
                .filter(r -> r.path("kind").asString().equals("NO_LATE_INTEREST")
                        && r.path("validFrom").asString().equals("2025-01-01"))
                .map(r -> r.path("source").asString()).findFirst().orElseThrow()).contains("2024-12-19");
        assertThat(as(no.takt.platform.security.Role.BILLING).post("/api/v1/rates", Map.of("kind", "NO_INKASSOSATS",
                "validFrom", "2031-01-01", "value", 800)).status()).isEqualTo(403);
    }

    private static String text(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

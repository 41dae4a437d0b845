package no.takt.documents;

import no.takt.billing.BillingFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.takt.platform.security.Role;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class CreditNotesTest extends BillingFixtures {

    @Test
    void aWholeInvoiceIsCreditedOnceInItsOwnSeriesAndNothingIsLeftOpen() {
        JsonNode invoice = invoice();
        long id = invoice.path("id").asLong();
        assertThat(invoice.path("openAmount").decimalValue()).isEqualByComparingTo("623.75");

        Api.Response credited = admin().post("/api/v1/documents/" + id + "/credit-note", "");
        assertThat(credited.status()).as(credited.toString()).isEqualTo(201);
        JsonNode note = credited.json();
        assertThat(credited.header("Location")).endsWith("/api/v1/documents/" + note.path("id").asLong());
        assertThat(note.path("type").asString()).isEqualTo("CREDIT_NOTE");
        assertThat(note.path("creditsDocumentId").asLong()).isEqualTo(id);
        assertThat(note.path("creditsNumber").asLong()).isEqualTo(invoice.path("number").asLong());
        assertThat(note.path("totalExclVat").decimalValue()).isEqualByComparingTo("499.00");
        assertThat(note.path("totalVat").decimalValue()).isEqualByComparingTo("124.75");
        assertThat(note.path("totalInclVat").decimalValue()).isEqualByComparingTo("623.75");
        assertThat(note.path("lines").get(0).path("creditedPosition").asInt()).isEqualTo(1);
        assertThat(note.path("customerName").asString()).isEqualTo(invoice.path("customerName").asString());
        assertThat(note.path("kid").isNull()).isTrue();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(adminByToken().download("/api/v1/documents/"
                + note.path("id").asLong() + "/pdf").body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Kreditnota",
                    "Krediterer faktura " + invoice.path("number").asLong(), "623,75").doesNotContain("GIRO");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(admin().get("/api/v1/documents/" + id).json().path("openAmount").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(admin().post("/api/v1/documents/" + id + "/credit-note", "").status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/documents?creditsDocumentId=" + id).json().path("items")).hasSize(1);
        assertGapless("CREDIT_NOTE");
        assertGapless("INVOICE");
    }

    @Test
    void linesAreCreditedByAmountOrQuantityButNeverBeyondWhatTheyBilled() {
        long id = invoice().path("id").asLong();
        String path = "/api/v1/documents/" + id + "/credit-note";

        JsonNode byAmount = post(path, Map.of("lines", List.of(Map.of("position", 1, "amount", 100)),
                "reason", "Rabatt avtalt i telefon")).json();
        assertThat(byAmount.path("totalExclVat").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(byAmount.path("totalInclVat").decimalValue()).isEqualByComparingTo("125.00");
        assertThat(byAmount.path("orderText").asString()).isEqualTo("Rabatt avtalt i telefon");
        assertThat(open(id)).isEqualByComparingTo("498.75");

        Api.Response tooMuch = admin().post(path, Map.of("lines", List.of(Map.of("position", 1, "amount", 400))));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.errorFields()).containsExactly("lines[0]");
        assertThat(open(id)).isEqualByComparingTo("498.75");

        assertThat(admin().post(path, Map.of("lines", List.of(Map.of("position", 1, "quantity", 1)))).errorFields())
                .containsExactly("lines[0]");
        JsonNode half = post(path, Map.of("lines", List.of(Map.of("position", 1, "quantity", 0.5)))).json();
        assertThat(half.path("totalExclVat").decimalValue()).isEqualByComparingTo("249.50");
        JsonNode rest = post(path, "").json();
        assertThat(rest.path("totalExclVat").decimalValue()).isEqualByComparingTo("149.50");
        assertThat(rest.path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("0.2996");
        assertThat(open(id)).isEqualByComparingTo("0");
        assertThat(admin().post(path, Map.of("lines", List.of(Map.of("position", 1, "amount", 1)))).status())
                .isEqualTo(400);
    }

    @Test
    void onlyInvoicesAndTheirOwnLinesAreCreditedAndOnlyByBillingUsers() {
        long id = invoice().path("id").asLong();
        String path = "/api/v1/documents/" + id + "/credit-note";
        assertThat(admin().post(path, Map.of("lines", List.of(Map.of("position", 9)))).errorFields())
                .containsExactly("lines[0].position");
        assertThat(admin().post(path, Map.of("lines", List.of(Map.of("position", 1, "quantity", -1)))).errorFields())
                .containsExactly("lines[0].quantity");
        assertThat(as(Role.READONLY).post(path, "").status()).isEqualTo(403);
        assertThat(as(Role.BILLING).post(path, "").status()).isEqualTo(201);
        long note = admin().get("/api/v1/documents?creditsDocumentId=" + id).json().path("items").get(0).path("id")
                .asLong();
        assertThat(admin().post("/api/v1/documents/" + note + "/credit-note", "").status()).isEqualTo(409);
        assertThat(admin().post("/api/v1/documents/999999999/credit-note", "").status()).isEqualTo(404);
    }

    /** Any sequence of part credits, closed by crediting the rest, credits the invoice to the øre. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void partCreditsThenTheRestAddUpToTheInvoiceExactly(long seed) {
        java.util.Random random = new java.util.Random(seed);
        JsonNode invoice = invoice();
        long id = invoice.path("id").asLong();
        String path = "/api/v1/documents/" + id + "/credit-note";
        java.math.BigDecimal credited = java.math.BigDecimal.ZERO;
        for (int i = 0; i < 4; i++) {
            Map<String, Object> line = random.nextBoolean()
                    ? Map.of("position", 1, "amount",
                            new java.math.BigDecimal(random.nextInt(9000) + 1).movePointLeft(2))
                    : Map.of("position", 1, "quantity",
                            new java.math.BigDecimal(random.nextInt(200) + 1).movePointLeft(3));
            Api.Response note = admin().post(path, Map.of("lines", List.of(line)));
            if (note.status() == 201) {
                credited = credited.add(note.json().path("totalInclVat").decimalValue());
            }
        }
        credited = credited.add(post(path, "").json().path("totalInclVat").decimalValue());
        assertThat(credited).isEqualByComparingTo(invoice.path("totalInclVat").decimalValue());
        assertThat(open(id)).isEqualByComparingTo("0");
    }

    /** Twelve credit notes at once for one invoice credit no more than it billed (issue 14's over-credit). */
    @Test
    void creditNotesAtOnceNeverCreditMoreThanTheInvoice() throws Exception {
        long whole = invoice().path("id").asLong();
        long parts = invoice().path("id").asLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Callable<Integer>> full = java.util.Collections.nCopies(12,
                    () -> adminByToken().post("/api/v1/documents/" + whole + "/credit-note", "").status());
            List<java.util.concurrent.Callable<Integer>> hundreds = java.util.Collections.nCopies(12,
                    () -> adminByToken().post("/api/v1/documents/" + parts + "/credit-note",
                            Map.of("lines", List.of(Map.of("position", 1, "amount", 100)))).status());
            List<Integer> fullStatuses = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(full)) {
                fullStatuses.add(f.get());
            }
            List<Integer> partStatuses = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(hundreds)) {
                partStatuses.add(f.get());
            }
            assertThat(fullStatuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(fullStatuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
            // 499,00 excl. VAT takes four credits of 100,00; the fifth would be more than is left.
            assertThat(partStatuses).filteredOn(s -> s == 201).hasSize(4);
        } finally {
            pool.shutdown();
        }
        assertThat(open(whole)).isEqualByComparingTo("0");
        assertThat(open(parts)).isEqualByComparingTo("123.75");
    }

    private JsonNode invoice() {
        Fixture f = subscription(1, Map.of());
        start(f);
        run("2026-01-01");
        return documents(f.subscriptionId()).getFirst();
    }

    private java.math.BigDecimal open(long id) {
        return admin().get("/api/v1/documents/" + id).json().path("openAmount").decimalValue();
    }
}

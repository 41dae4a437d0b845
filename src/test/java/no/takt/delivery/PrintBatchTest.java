package no.takt.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PrintBatchTest extends BillingFixtures {

    @org.springframework.beans.factory.annotation.Autowired
    DeliverySender sender;

    @Test
    void theRunsPrintBatchHoldsItsInvoicesForCustomersWithoutEmailOrEhf() throws Exception {
        Fixture paper = subscription(2, Map.of("sendByEmail", false));
        start(paper);
        Fixture mailed = subscription(0, Map.of("sendByEmail", true, "senderEmail", "faktura@fjordtakt.no"));
        long byMail = post("/api/v1/customers", Map.of("name", unique("Epost"), "invoiceEmail", "e@kunde.no",
                "invoiceAddress", Map.of("postcode", "0150", "city", "Oslo"))).id();
        post("/api/v1/subscriptions/" + mailed.subscriptionId() + "/subscribers", Map.of("customerId", byMail,
                "startDate", "2026-01-01"));
        start(mailed);
        long run = run("2026-01-01").path("id").asLong();

        Api.Download batch = adminByToken().download("/api/v1/billing/runs/" + run + "/print-batch");
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.contentType()).isEqualTo("application/pdf");
        List<JsonNode> onPaper = documents(paper.subscriptionId());
        String mailedName = documents(mailed.subscriptionId()).getFirst().path("customerName").asString();
        try (PDDocument pdf = Loader.loadPDF(batch.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (JsonNode d : onPaper) {
                assertThat(text).contains(d.path("customerName").asString());
            }
            // rendered on several threads, merged in number order
            assertThat(onPaper.stream().sorted(java.util.Comparator.comparingLong(d -> d.path("number").asLong()))
                    .map(d -> text.indexOf(d.path("customerName").asString())).toList()).isSorted();
            assertThat(text).doesNotContain(mailedName);
        }
        long empty = run("2026-01-01").path("id").asLong();
        assertThat(adminByToken().get("/api/v1/billing/runs/" + empty + "/print-batch").status()).isEqualTo(404);
    }

    @Test
    void thePrintQueueHoldsWhatGoesByPostUntilAPersonMarksItPrinted() throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from delivery").query(Long.class).single();
        adminByToken().post("/api/v1/deliveries/print-queue/printed", Map.of("upTo", before));
        Fixture paper = subscription(1, Map.of("sendByEmail", false));
        start(paper);
        run("2026-01-01");
        JsonNode invoice = documents(paper.subscriptionId()).getFirst();
        long note = post("/api/v1/documents/" + invoice.path("id").asLong() + "/credit-note",
                Map.of("lines", List.of(Map.of("position", 1, "amount", 100)))).id();
        JsonNode queued = admin().get("/api/v1/documents/" + note + "/deliveries").json().path("items").get(0);
        assertThat(queued.path("channel").asString()).isEqualTo("PRINT");
        assertThat(queued.path("status").asString()).isEqualTo("PENDING");
        sender.sendDue();
        assertThat(admin().get("/api/v1/deliveries/" + queued.path("id").asLong()).json().path("status").asString())
                .isEqualTo("PENDING");

        String upTo = adminByToken().get("/api/v1/deliveries/print-queue").header("Takt-Print-Up-To");
        assertThat(Long.parseLong(upTo)).isEqualTo(queued.path("id").asLong());
        // The run may have billed other tests' subscriptions too: the invoice, the note, and whatever else it made.
        int waiting = jdbc.sql("select count(*) from delivery where channel = 'PRINT' and status = 'PENDING'"
                + " and id <= ?").param(Long.parseLong(upTo)).query(Integer.class).single();
        assertThat(waiting).isGreaterThanOrEqualTo(2);
        Api.Download pdf = adminByToken().download("/api/v1/deliveries/print-queue?upTo=" + upTo);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(waiting);
            assertThat(text).contains("Faktura", "Kreditnota", invoice.path("customerName").asString());
        }

        Api.Response printed = adminByToken().post("/api/v1/deliveries/print-queue/printed",
                Map.of("upTo", Long.parseLong(upTo)));
        assertThat(printed.json().path("printed").asInt()).isEqualTo(waiting);
        JsonNode sent = admin().get("/api/v1/documents/" + note + "/deliveries").json().path("items").get(0);
        assertThat(sent.path("status").asString()).isEqualTo("SENT");
        assertThat(sent.path("log").get(0).path("detail").asString()).contains("printed by");
        assertThat(adminByToken().get("/api/v1/deliveries/print-queue").status()).isEqualTo(404);
    }
}

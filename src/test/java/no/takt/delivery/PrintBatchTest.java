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

    @Test
    void theRunsPrintBatchHoldsItsInvoicesForCustomersWithoutEmailOrEhf() throws Exception {
        Fixture paper = subscription(2, Map.of());
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
            assertThat(text).doesNotContain(mailedName);
        }
        long empty = run("2026-01-01").path("id").asLong();
        assertThat(adminByToken().get("/api/v1/billing/runs/" + empty + "/print-batch").status()).isEqualTo(404);
    }
}

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

/**
 * Issue 14: the print queue made into one PDF in the background — the request answers at once with the
 * job, its progress can be followed, and the PDF holds every queued document up to the job's newest,
 * oldest first (rendered a hundred at a time).
 */
class PrintJobsTest extends BillingFixtures {

    @Test
    void thePrintQueueBecomesOnePdfInTheBackgroundWithItsProgress() throws Exception {
        Fixture paper = subscription(3, Map.of("sendByEmail", false));
        start(paper);
        run("2026-01-01");
        run("2026-02-01");
        List<JsonNode> mine = documents(paper.subscriptionId());
        assertThat(mine).hasSize(6);
        long newest = jdbc.sql("select max(id) from delivery where channel = 'PRINT' and status = 'PENDING'")
                .query(Long.class).single();

        Api.Response started = admin().post("/api/v1/deliveries/print-queue/jobs?upTo=" + newest, "");
        assertThat(started.status()).isEqualTo(202);
        long id = started.json().path("id").asLong();
        int total = started.json().path("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(6);
        JsonNode job = started.json();
        for (int i = 0; i < 600 && job.path("status").asString().equals("RUNNING"); i++) {
            assertThat(job.path("done").asInt()).isBetween(0, total);
            Thread.sleep(100);
            job = admin().get("/api/v1/deliveries/print-queue/jobs/" + id).json();
        }
        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("done").asInt()).isEqualTo(total);
        assertThat(job.path("upTo").asLong()).isEqualTo(newest);

        Api.Download pdf = adminByToken().download("/api/v1/deliveries/print-queue/jobs/" + id + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument d = Loader.loadPDF(pdf.body())) {
            assertThat(d.getNumberOfPages()).isGreaterThanOrEqualTo(total);
            String text = new PDFTextStripper().getText(d);
            for (JsonNode document : mine) {
                assertThat(text).contains(document.path("customerName").asString());
            }
        }
        // nothing is marked printed by making the PDF; the queue is as it was
        assertThat(jdbc.sql("select count(*) from delivery where channel = 'PRINT' and status = 'PENDING' and id <= ?")
                .param(newest).query(Long.class).single()).isEqualTo(total);
    }
}

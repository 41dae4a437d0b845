package no.takt.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PreviewTest extends BillingFixtures {

    @Test
    void aSubscribersPreviewIsItsNextDocumentMarkedAndNeitherNumberedNorStored() throws IOException {
        Fixture f = subscription(1, Map.of("subject", "Lisens @MONTHSTRING@"));
        long subscriber = f.subscribers().getFirst();
        String path = "/api/v1/subscriptions/" + f.subscriptionId() + "/preview?subscriberId=" + subscriber;

        String january = text(adminByToken().download(path + "&date=2026-01-01"));
        assertThat(january).contains("FORHÅNDSVISNING", "Faktura", "Lisens Januar", "499,00", "623,75", "01.01.2026")
                .doesNotContain("Fakturanr.");
        start(f);
        run("2026-01-01");
        String next = text(adminByToken().download(path + "&date=2026-01-10"));
        assertThat(next).contains("Lisens Februar", "01.02.2026");
        assertThat(documents(f.subscriptionId())).hasSize(1);
        assertGapless("INVOICE");
    }

    @Test
    void aMadeUpCustomerShowsTheSubscriptionBeforeItHasSubscribers() throws IOException {
        Fixture f = subscription(0, Map.of("language", "en"));
        String text = text(adminByToken().download("/api/v1/subscriptions/" + f.subscriptionId()
                + "/preview?date=2026-03-01"));
        assertThat(text).contains("PREVIEW", "Invoice", "Ola Nordmann AS", "Storgata 1", "623.75", "1 Mar 2026");
        // issue 10: the made-up customer has no real customer's number
        assertThat(text).containsPattern("Customer no\\.\\s+0\\b");
    }

    @Test
    void aSubscriberThatWouldNotBeBilledSaysWhy() {
        Fixture f = subscription(0, Map.of());
        long customer = post("/api/v1/customers", Map.of("name", unique("Null"))).id();
        long subscriber = post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId",
                customer, "quantityFactor", 0)).id();
        Api.Response refused = adminByToken().get("/api/v1/subscriptions/" + f.subscriptionId()
                + "/preview?subscriberId=" + subscriber);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("NO_LINES");
        assertThat(refused.errorFields()).containsExactly("subscriberId");
    }

    private static String text(Api.Download pdf) throws IOException {
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}

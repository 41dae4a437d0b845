package no.takt.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.documents.DocumentService;
import no.takt.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DocumentPrintTest extends BillingFixtures {

    private static final String HOSTILE = "<script>alert('x')</script> & Søn";

    @Autowired
    DocumentPrint print;

    @Autowired
    DocumentService documents;

    private String account;

    @BeforeEach
    void organisation() {
        account = organisation("922301956");
    }

    @Test
    void anInvoicePdfCarriesItsAmountsKidVatBreakdownAndGiroInItsLanguage() throws IOException {
        Fixture f = subscription(2, Map.of("useKid", true, "kidFormat", "cccccciiiiii", "orderText", HOSTILE));
        long englishSubscriber = f.subscribers().get(1);
        JsonNode subscriber = admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers/" + englishSubscriber)
                .json();
        admin().put("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers/" + englishSubscriber,
                Map.of("customerId",
                subscriber.path("customerId").asLong(), "startDate", "2026-01-01", "language", "en",
                "version", subscriber.path("version").asInt()));
        start(f);
        run("2026-01-01");
        List<JsonNode> invoices = documents(f.subscriptionId());
        JsonNode norwegian = invoices.stream().filter(d -> d.path("language").asString().equals("nb")).findFirst()
                .orElseThrow();
        JsonNode inEnglish = invoices.stream().filter(d -> d.path("language").asString().equals("en")).findFirst()
                .orElseThrow();

        Api.Download pdf = adminByToken().download("/api/v1/documents/" + norwegian.path("id").asLong() + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains("inline").contains("invoice-" + norwegian.path("number").asLong());
        keep("invoice-nb.pdf", pdf.body());
        String text = text(pdf.body());
        String kid = norwegian.path("kid").asString();
        assertThat(text).contains("Faktura", "Fakturanr.", Long.toString(norwegian.path("number").asLong()),
                "Fjordtakt AS", "Org.nr. 922301956 MVA", "Foretaksregisteret",
                        norwegian.path("customerName").asString(),
                "499,00", "MVA 25\u00a0% av 499,00", "124,75", "Å betale NOK", "623,75", "01.01.2026", "15.01.2026",
                "Kundeidentifikasjon (KID)", kid, Giro.account(account), "623", "75", HOSTILE);
        assertThat(text).doesNotContain("Invoice");

        String english = text(adminByToken().download("/api/v1/documents/" + inEnglish.path("id").asLong() + "/pdf")
                .body());
        assertThat(english).contains("Invoice", "Invoice no.", "VAT 25% of 499.00", "Total NOK", "623.75", "1 Jan 2026",
                inEnglish.path("kid").asString());
        assertThat(english).doesNotContain("Å betale");
    }

    /** Issue 10: a credit note says what is credited, in every language, and never asks to be paid. */
    @Test
    void aCreditNoteSaysWhatIsCreditedAndNeverAsksToBePaid() throws IOException {
        Map<String, List<String>> expected = Map.of("nb", List.of("Kreditnota", "Til gode NOK", "Å betale"),
                "da", List.of("Kreditnota", "Tilgodehavende NOK", "At betale"),
                "en", List.of("Credit note", "Credited NOK", "Total NOK"));
        for (var language : expected.entrySet()) {
            Fixture f = subscription(1, Map.of("language", language.getKey()));
            start(f);
            run("2026-01-01");
            long invoice = documents(f.subscriptionId()).getFirst().path("id").asLong();
            long note = adminByToken().post("/api/v1/documents/" + invoice + "/credit-note", Map.of()).id();
            String text = text(adminByToken().download("/api/v1/documents/" + note + "/pdf").body());
            List<String> words = language.getValue();
            assertThat(text).as(language.getKey()).contains(words.get(0), words.get(1), language.getKey().equals("en") ? "623.75" : "623,75")
                    .doesNotContain(words.get(2), "GIRO", "KID");
        }
    }

    @Test
    void theFontsAreEmbeddedAndNamesAndTextsAreEscapedInTheHtml() throws IOException {
        Fixture f = subscription(1, Map.of("orderText", HOSTILE));
        start(f);
        run("2026-01-01");
        long id = documents(f.subscriptionId()).getFirst().path("id").asLong();

        String html = print.html(documents.get(id), false);
        assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
        try (PDDocument pdf = Loader.loadPDF(print.pdf(documents.get(id), true))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("FORHÅNDSVISNING");
            PDPage page = pdf.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void anOrderConfirmationHasNoGiroAndAnUnknownDocumentIs404() throws IOException {
        Fixture f = subscription(0, Map.of("processingStep", "SALES_ORDER"));
        long customer = post("/api/v1/customers", Map.of("name", unique("Ordre"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        start(f);
        run("2026-01-01");
        JsonNode order = documents(f.subscriptionId()).getFirst();
        String text = text(adminByToken().download("/api/v1/documents/" + order.path("id").asLong() + "/pdf").body());
        assertThat(text).contains("Ordrebekreftelse", "Ordrenr.").doesNotContain("GIRO", "Betalingsfrist");
        assertThat(adminByToken().get("/api/v1/documents/999999999/pdf").status()).isEqualTo(404);
    }

    @Test
    void aDanishInvoicePrintsTheFiCodeLineWithTheAccountsCreditorNumber() throws IOException {
        String accountNumber = "3" + String.format("%09d", unique() % 1_000_000_000L);
        long account = post("/api/v1/bank-accounts", Map.of("name", unique("FI"), "country", "DK",
                "accountNumber", accountNumber, "fiCreditorNumber", "85381412")).id();
        assertThat(adminByToken().post("/api/v1/bank-accounts", Map.of("name", unique("FI"), "country", "DK",
                "accountNumber", "3" + accountNumber, "fiCreditorNumber", "8538")).errorFields())
                .containsExactly("fiCreditorNumber");
        Fixture f = subscription(1, Map.of("domesticGiroFormat", "DANISH_FI71", "bankAccountId", account,
                "language", "da"));
        start(f);
        run("2026-01-01");
        JsonNode invoice = documents(f.subscriptionId()).getFirst();
        String text = text(adminByToken().download("/api/v1/documents/" + invoice.path("id").asLong() + "/pdf")
                .body());
        String paymentId = no.takt.documents.core.PaymentReferences.fi71PaymentId(invoice.path("number").asLong());
        assertThat(text).contains("FI-kort 71", paymentId, "+71<" + paymentId + "+85381412<");
    }

    /** Kept beside the browser tests' screenshots, for a person to look at. */
    private static void keep(String name, byte[] pdf) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), pdf);
    }

    @Test
    void aDocumentKeepsTheOrganisationFactsItWasIssuedWithWhenTheOrganisationChanges() throws IOException {
        Fixture f = subscription(1, Map.of());
        start(f);
        run("2026-01-01");
        long issued = documents(f.subscriptionId()).getFirst().path("id").asLong();
        JsonNode facts = admin().get("/api/v1/organisation").json();
        Map<String, Object> renamed = new java.util.HashMap<>(Map.of("name", "Nytt Navn AS",
                "organizationNumber", "923609016", "vatRegistered", false, "foretaksregisteret", false,
                "address", Map.of("street", "Ny gate 9", "postcode", "5003", "city", "Bergen"),
                "version", facts.path("version").asInt()));
        assertThat(admin().put("/api/v1/organisation", renamed).status()).isEqualTo(200);

        String pdf = text(adminByToken().download("/api/v1/documents/" + issued + "/pdf").body());
        assertThat(pdf).contains("Fjordtakt AS", "Storgata 1", "922301956 MVA", "Foretaksregisteret")
                .doesNotContain("Nytt Navn AS", "Ny gate 9");

        run("2026-02-01");
        long next = documents(f.subscriptionId()).stream().filter(d -> d.path("id").asLong() != issued).findFirst()
                .orElseThrow().path("id").asLong();
        assertThat(text(adminByToken().download("/api/v1/documents/" + next + "/pdf").body()))
                .contains("Nytt Navn AS", "Ny gate 9").doesNotContain("Fjordtakt AS");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

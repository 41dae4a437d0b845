package no.takt.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import no.takt.billing.BillingFixtures;
import no.takt.support.Api;
import no.takt.support.Mailboxes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: script and markup typed into the text fields a document carries — the customer's name and
 * address, the line's name and description, the subject, order text and reference, the e-mail's subject
 * and text — come out as the same text, never as markup: in the API's JSON, in the PDF, in the EHF XML
 * (which stays well-formed and valid) and in the e-mail.
 */
class EscapingTest extends BillingFixtures {

    private static final String HOSTILE = "<script>alert('x')</script> <b>fet</b> & \"Søn\" ]]> &amp;";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3925, "localhost", "smtp"));

    @Autowired
    DeliverySender mail;

    @Test
    void hostileTextIsTextInTheApiThePdfTheEhfAndTheMail() throws Exception {
        organisation("922301956");
        String email = "escape" + unique() + "@kunde.no";
        Map<String, Object> settings = new HashMap<>(Map.of("sendByEmail", true, "senderEmail", "faktura@fjordtakt.no",
                "subject", "Abonnement " + HOSTILE, "orderText", "Ordre " + HOSTILE, "referenceText",
                "Ref " + HOSTILE, "emailSubject", "Faktura " + HOSTILE, "emailText", "Tekst " + HOSTILE));
        Fixture f = subscription(0, settings);
        // one customer by e-mail, one by EHF (a Peppol id sends EHF instead)
        long mailed = post("/api/v1/customers", Map.of("name", "Kunde " + HOSTILE, "invoiceEmail", email,
                "invoiceAddress", Map.of("street", "Gate " + HOSTILE, "postcode", "0150", "city", "Oslo"))).id();
        long peppol = post("/api/v1/customers", Map.of("name", "Kunde " + HOSTILE, "organizationNumber", "987654325",
                "peppolId", "0192:987654325", "invoiceAddress", Map.of("street", "Gate " + HOSTILE, "postcode",
                        "0150", "city", "Oslo"))).id();
        for (long customer : List.of(mailed, peppol)) {
            post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", customer,
                    "startDate", "2026-01-01"));
        }
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines", Map.of("productId", f.productId(),
                "name", "Linje " + HOSTILE, "description", "Beskrivelse " + HOSTILE));
        start(f);
        run("2026-01-01");
        long id = documents(f.subscriptionId()).stream().filter(d -> d.path("customerId").asLong() == peppol)
                .findFirst().orElseThrow().path("id").asLong();

        JsonNode document = admin().get("/api/v1/documents/" + id).json();
        assertThat(document.path("customerName").asString()).isEqualTo("Kunde " + HOSTILE);
        assertThat(document.path("lines").get(1).path("name").asString()).isEqualTo("Linje " + HOSTILE);

        Api.Download pdf = admin().download("/api/v1/documents/" + id + "/pdf");
        try (PDDocument d = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("Kunde <script>alert('x')</script>").contains("Linje <script>")
                    .contains("<b>fet</b>").contains("Beskrivelse <script>");
        }

        String ehf = admin().get("/api/v1/documents/" + id + "/ehf").body();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.NodeList names = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(ehf.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("*", "RegistrationName");
        assertThat(java.util.stream.IntStream.range(0, names.getLength()).mapToObj(i -> names.item(i).getTextContent()))
                .contains("Kunde " + HOSTILE);
        assertThat(ehf).doesNotContain("<script>").doesNotContain("<b>");
        JsonNode validation = admin().get("/api/v1/documents/" + id + "/ehf/validation").json();
        assertThat(validation.path("valid").asBoolean()).as(validation.toString()).isTrue();

        mail.sendDue();
        List<MimeMessage> received = Mailboxes.receivedBy(SMTP, email);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("Faktura " + HOSTILE);
        assertThat(text(received.getFirst().getContent())).isEqualTo("Tekst " + HOSTILE);
    }

    /** The first text part of a message's content, however deep its multiparts go. */
    private static String text(Object content) throws Exception {
        if (content instanceof Multipart parts) {
            return text(parts.getBodyPart(0).getContent());
        }
        return content.toString();
    }
}

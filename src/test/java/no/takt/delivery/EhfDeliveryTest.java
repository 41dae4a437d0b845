package no.takt.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

class EhfDeliveryTest extends BillingFixtures {

    @Autowired
    DeliverySender sender;

    @Value("${takt.delivery.ehf-outgoing}")
    Path outgoing;

    @Test
    void anInvoiceToAPeppolCustomerIsValidatedAndWrittenForTheAccessPoint() throws Exception {
        organisation("922301956");
        long id = invoiceToPeppolCustomer();
        JsonNode queued = admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items").get(0);
        assertThat(queued.path("channel").asString()).isEqualTo("EHF");
        assertThat(queued.path("recipient").asString()).isEqualTo("0192:987654325");

        sender.sendDue();
        JsonNode sent = admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items").get(0);
        assertThat(sent.path("status").asString()).as(sent.toString()).isEqualTo("SENT");
        String xml = Files.readString(outgoing.resolve(sent.path("fileName").asString()));
        assertThat(xml).contains("<cbc:EndpointID schemeID=\"0192\">987654325</cbc:EndpointID>");

        Api.Download download = adminByToken().download("/api/v1/documents/" + id + "/ehf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/xml");
        assertThat(new String(download.body())).isEqualTo(xml);
        assertThat(admin().get("/api/v1/documents/" + id + "/ehf/validation").json().path("valid").asBoolean())
                .isTrue();

        long note = post("/api/v1/documents/" + id + "/credit-note", "").id();
        sender.sendDue();
        assertThat(admin().get("/api/v1/documents/" + note + "/deliveries").json().path("items").get(0)
                .path("status").asString()).isEqualTo("SENT");
        assertThat(adminByToken().download("/api/v1/documents/" + note + "/ehf").status()).isEqualTo(200);
    }

    @Test
    void anEhfThatBreaksTheRulesIsNeitherReleasedNorMendedByLaterOrganisationFacts() {
        organisation(null);
        long id = invoiceToPeppolCustomer();
        sender.sendDue();
        JsonNode failed = admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items").get(0);
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("lastError").asString()).contains("PEPPOL-EN16931-R020");
        Api.Response refused = admin().get("/api/v1/documents/" + id + "/ehf");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).contains("ehf");
        // The invoice keeps the facts it was issued with: an organisation number given later does not
        // change it (it is credited and issued again), but the next invoice has it.
        organisation("922301956");
        assertThat(admin().post("/api/v1/deliveries/" + failed.path("id").asLong() + "/retry", "").status())
                .isEqualTo(200);
        sender.sendDue();
        assertThat(admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items").get(0)
                .path("status").asString()).isEqualTo("FAILED");
        long next = invoiceToPeppolCustomer();
        sender.sendDue();
        assertThat(admin().get("/api/v1/documents/" + next + "/deliveries").json().path("items").get(0)
                .path("status").asString()).isEqualTo("SENT");
    }

    private long invoiceToPeppolCustomer() {
        Fixture f = subscription(0, Map.of());
        long customer = post("/api/v1/customers", Map.of("name", unique("Bedrift"), "organizationNumber", "987654325",
                "peppolId", "0192:987654325", "invoiceAddress",
                Map.of("street", "Gate 2", "postcode", "5003", "city", "Bergen"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        start(f);
        run("2026-01-01");
        return documents(f.subscriptionId()).getFirst().path("id").asLong();
    }
}

package no.takt.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Issue 12: a scheduled price change announced by e-mail to the customers it reaches, each once. */
class NoticesTest extends BillingFixtures {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3925, "localhost", "smtp"));

    @Autowired
    Notices notices;

    private long subscriber(long subscription, Map<String, Object> customer) {
        long id = post("/api/v1/customers", customer).id();
        post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", id,
                "startDate", "2026-01-01"));
        return id;
    }

    @Test
    void aPriceChangeIsAnnouncedOnceToEachCustomerItReachesWithTheirPrices() throws Exception {
        organisation("922301956");
        Fixture f = subscription(0, Map.of());
        String tag = String.valueOf(unique());
        String first = "varsel-a" + tag + "@kunde.no";
        String second = "varsel-b" + tag + "@kunde.no";
        subscriber(f.subscriptionId(), Map.of("name", "Alfa " + tag + " AS", "invoiceEmail", first));
        subscriber(f.subscriptionId(), Map.of("name", "Beta " + tag + " AS", "invoiceEmail", second));
        subscriber(f.subscriptionId(), Map.of("name", "Uten " + tag + " AS"));
        start(f);
        LocalDate next = LocalDate.now(ZoneId.of("Europe/Oslo")).withDayOfMonth(1).plusMonths(1);
        long change = post("/api/v1/price-changes", Map.of("effectiveDate", next.toString(), "productId",
                f.productId(), "percent", "3.1", "note", "Prisene følger konsumprisindeksen.")).id();

        Api.Response announced = admin().post("/api/v1/price-changes/" + change + "/announce", Map.of());
        assertThat(announced.status()).isEqualTo(202);
        assertThat(announced.json().path("customers").asInt()).isEqualTo(2);
        assertThat(announced.json().path("withoutEmail").asInt()).isEqualTo(1);
        notices.sendDue();

        List<MimeMessage> toFirst = receivedBy(first);
        assertThat(toFirst).hasSize(1);
        String date = String.format("%02d.%02d.%d", next.getDayOfMonth(), next.getMonthValue(), next.getYear());
        assertThat(toFirst.getFirst().getSubject()).isEqualTo("Nye priser fra " + date);
        String text = toFirst.getFirst().getContent().toString();
        assertThat(text).contains("Hei Alfa " + tag + " AS").contains("- Lisens: 499,00 → 514,47")
                .contains("Prisene følger konsumprisindeksen.").contains("Fjordtakt AS");
        assertThat(toFirst.getFirst().getMessageID()).startsWith("<takt.notice.");
        assertThat(receivedBy(second)).hasSize(1);
        assertThat(admin().get("/api/v1/price-changes/" + change + "/notices").json().valueStream()
                .map(n -> n.path("sentAt").asString()).distinct()).as("each claimed and sent at its own time")
                .hasSize(2);

        // told again: nobody new, nothing sent twice
        JsonNode again = admin().post("/api/v1/price-changes/" + change + "/announce", Map.of("subject", "x")).json();
        assertThat(again.path("customers").asInt()).isZero();
        assertThat(again.path("alreadyTold").asInt()).isEqualTo(2);
        notices.sendDue();
        assertThat(receivedBy(first)).hasSize(1);
        assertThat(admin().get("/api/v1/price-changes/" + change + "/notices").json().valueStream()
                .map(n -> n.path("status").asString())).containsExactly("SENT", "SENT");
        assertThat(admin().get("/api/v1/price-changes/" + change).json().path("announcedAt").isNull()).isFalse();
    }

    private static List<MimeMessage> receivedBy(String address) {
        return no.takt.support.Mailboxes.receivedBy(SMTP, address);
    }
}

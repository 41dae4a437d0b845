package no.takt.subscriptions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;

/** Builds what a subscription needs through the API: an employee, a frequency, products and customers. */
abstract class SubscriptionFixtures extends IntegrationTest {

    protected long employee() {
        return admin().post("/api/v1/employees", Map.of("name", unique("Selger"))).id();
    }

    protected long monthlyFrequency() {
        return admin().post("/api/v1/frequencies", Map.of("name", unique("Månedlig"), "unit", "MONTH",
                "dayOfMonth", 1, "startDate", "2026-01-01")).id();
    }

    protected long product(String price, String vatCode) {
        return admin().post("/api/v1/products", Map.of("productNumber", "S-" + unique(), "name", unique("Lisens"),
                "unitPrice", price, "costPrice", "100", "vatCode", vatCode)).id();
    }

    protected long customer(String postcode) {
        return admin().post("/api/v1/customers", Map.of("name", unique("Abonnent AS"), "invoiceEmail",
                "faktura@abonnent.no", "invoiceAddress", Map.of("street", "Gate 1", "postcode", postcode,
                        "city", "Oslo"))).id();
    }

    protected Map<String, Object> subscriptionBody(String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        return body;
    }

    /** A subscription ready to start: frequency, references, one line and one subscriber. */
    protected long readySubscription() {
        long seller = employee();
        Map<String, Object> body = subscriptionBody(unique("Lisensavtale"));
        body.put("frequencyId", monthlyFrequency());
        body.put("ourReferenceId", seller);
        body.put("sellerId", seller);
        long id = admin().post("/api/v1/subscriptions", body).id();
        admin().post("/api/v1/subscriptions/" + id + "/lines", Map.of("productId", product("499", "3")));
        admin().post("/api/v1/subscriptions/" + id + "/subscribers", Map.of("customerId", customer("0150"),
                "startDate", nextFirst().toString()));
        return id;
    }

    /**
     * The next run date of a monthly frequency on the 1st: today on the 1st (in Oslo), else the 1st of
     * next month. A subscriber starting then has no part period, whatever day the tests run.
     */
    protected static LocalDate nextFirst() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        return today.getDayOfMonth() == 1 ? today : today.withDayOfMonth(1).plusMonths(1);
    }

    protected static List<String> strings(Api.Response response, String field) {
        return response.json().path("items").valueStream().map(n -> n.path(field).asString()).toList();
    }

    protected static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

package no.takt.billing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import no.takt.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** A started monthly subscription (on the 1st, from 2026-01-01) with one 499 kr licence line and its subscribers. */
public abstract class BillingFixtures extends IntegrationTest {

    public record Fixture(long subscriptionId, List<Long> customers, List<Long> subscribers, long productId) {
    }

    protected Fixture subscription(int subscribers, Map<String, Object> settings) {
        long seller = admin().post("/api/v1/employees", Map.of("name", unique("Selger"))).id();
        long frequency = admin().post("/api/v1/frequencies", Map.of("name", unique("Månedlig"), "unit", "MONTH",
                "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long product = admin().post("/api/v1/products", Map.of("productNumber", "B-" + unique(), "name", "Lisens",
                "unitPrice", 499, "costPrice", 100, "vatCode", "3", "stockManaged", true, "stockOnHand", 1000)).id();
        Map<String, Object> body = new HashMap<>(Map.of("subject", unique("Lisens"), "frequencyId", frequency,
                "ourReferenceId", seller, "sellerId", seller));
        body.putAll(settings);
        long id = post("/api/v1/subscriptions", body).id();
        post("/api/v1/subscriptions/" + id + "/lines", Map.of("productId", product));
        List<Long> customers = new ArrayList<>();
        List<Long> subscriberIds = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            long customer = post("/api/v1/customers", Map.of("name", unique("Kunde"), "invoiceEmail", "k@kunde.no",
                    "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
            customers.add(customer);
            subscriberIds.add(post("/api/v1/subscriptions/" + id + "/subscribers",
                    Map.of("customerId", customer, "startDate", "2026-01-01")).id());
        }
        return new Fixture(id, customers, subscriberIds, product);
    }

    /**
     * Sets the organisation facts printed on documents: "Fjordtakt AS" with this organisation number
     * (none: not VAT-registered), in Foretaksregisteret, and a fresh bank account; answers its number.
     */
    protected String organisation(String organizationNumber) {
        return organisation(organizationNumber, false);
    }

    /** The same, and whether billing runs wait for approval before anything is sent. */
    protected String organisation(String organizationNumber, boolean approveBeforeSending) {
        String account = null;
        while (account == null) {
            account = no.takt.platform.validation.BankAccountNumbers.norwegian("1207"
                    + String.format("%06d", unique() % 1_000_000));
        }
        post("/api/v1/bank-accounts", Map.of("name", unique("Drift"), "country", "NO", "accountNumber", account));
        JsonNode before = admin().get("/api/v1/organisation").json();
        Map<String, Object> facts = new HashMap<>();
        facts.put("name", "Fjordtakt AS");
        facts.put("organizationNumber", organizationNumber);
        facts.put("vatRegistered", organizationNumber != null);
        facts.put("foretaksregisteret", true);
        facts.put("address", Map.of("street", "Storgata 1", "postcode", "0155", "city", "Oslo"));
        facts.put("email", "post@fjordtakt.no");
        facts.put("bankAccount", account);
        facts.put("approveBeforeSending", approveBeforeSending);
        facts.put("version", before.path("version").asInt());
        Api.Response updated = admin().put("/api/v1/organisation", facts);
        if (updated.status() != 200) {
            throw new IllegalStateException("organisation: " + updated);
        }
        return account;
    }

    protected void start(Fixture f) {
        Api.Response started = admin().post("/api/v1/subscriptions/" + f.subscriptionId() + "/start", "");
        if (started.status() != 200) {
            throw new IllegalStateException("cannot start: " + started);
        }
    }

    protected Api.Response post(String path, Object body) {
        Api.Response response = adminByToken().post(path, body);
        if (response.status() != 201) {
            throw new IllegalStateException(path + ": " + response);
        }
        return response;
    }

    /**
     * A started subscription of one customer billed a quarter of 900,00 at a time from 1 January
     * 2026, on sales account 3020, in the currency; its id.
     */
    protected long quarterly(String currency) {
        long seller = admin().post("/api/v1/employees", Map.of("name", unique("Selger"))).id();
        long frequency = admin().post("/api/v1/frequencies", Map.of("name", unique("Kvartal"), "unit", "MONTH",
                "interval", 3, "dayOfMonth", 1, "startDate", "2026-01-01")).id();
        long product = admin().post("/api/v1/products", Map.of("productNumber", "Q-" + unique(), "name", "Kvartal",
                "unitPrice", 900, "vatCode", "3", "salesAccount", "3020")).id();
        long subscription = post("/api/v1/subscriptions", Map.of("subject", unique("Kvartal"), "frequencyId",
                frequency, "ourReferenceId", seller, "sellerId", seller, "currency", currency)).id();
        post("/api/v1/subscriptions/" + subscription + "/lines", Map.of("productId", product));
        long customer = post("/api/v1/customers", Map.of("name", unique("Kunde"), "invoiceAddress",
                Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer, "startDate",
                "2026-01-01"));
        if (admin().post("/api/v1/subscriptions/" + subscription + "/start", "").status() != 200) {
            throw new IllegalStateException("subscription " + subscription + " did not start");
        }
        return subscription;
    }

    protected JsonNode run(String date) {
        Api.Response run = admin().post("/api/v1/billing/runs", Map.of("date", date));
        if (run.status() != 201) {
            throw new IllegalStateException("run failed: " + run);
        }
        return run.json();
    }

    protected List<JsonNode> documents(long subscriptionId) {
        return adminByToken().get("/api/v1/documents?subscriptionId=" + subscriptionId + "&size=500&sort=date")
                .json().path("items").valueStream().toList();
    }

    /** Every invoice number from 1 to the highest is used exactly once. */
    protected void assertGapless(String type) {
        List<Long> numbers = jdbc.sql("select number from document where type = ? order by number").param(type)
                .query(Long.class).list();
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i) != i + 1) {
                throw new AssertionError(type + " numbers have a gap or duplicate at " + (i + 1) + ": " + numbers);
            }
        }
    }
}

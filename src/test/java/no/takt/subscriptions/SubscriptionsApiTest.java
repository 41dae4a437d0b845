package no.takt.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.support.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SubscriptionsApiTest extends SubscriptionFixtures {

    @Test
    void frequenciesAnswerTheirRruleSummaryAndNextDate() {
        Api.Response created = admin().with("Accept-Language", "nb").post("/api/v1/frequencies",
                Map.of("name", unique("Kvartal"), "unit", "MONTH", "interval", 3, "dayOfMonth", -1,
                        "startDate", "2026-01-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode f = created.json();
        assertThat(f.path("rrule").asString()).isEqualTo("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1");
        assertThat(f.path("summary").asString()).startsWith("Hver 3. måned den siste dagen");
        assertThat(f.path("nextDate").asString()).isNotBlank();

        Api.Response feb30 = admin().post("/api/v1/frequencies", Map.of("name", unique("X"), "unit", "YEAR",
                "month", 2, "dayOfMonth", 30, "startDate", "2026-01-01"));
        assertThat(feb30.status()).isEqualTo(400);
        assertThat(feb30.errorFields()).containsExactly("dayOfMonth");
        Api.Response twoEnds = admin().post("/api/v1/frequencies", Map.of("name", unique("Y"), "unit", "DAY",
                "startDate", "2026-01-01", "endDate", "2026-12-31", "occurrences", 3));
        assertThat(twoEnds.errorFields()).containsExactly("occurrences");
    }

    @Test
    void aNewSubscriptionIsInactiveWithDefaultsAndCannotStartUntilComplete() {
        Api.Response created = admin().post("/api/v1/subscriptions", subscriptionBody(unique("Støtteavtale")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode s = created.json();
        assertThat(s.path("active").asBoolean()).isFalse();
        assertThat(s.path("status").asString()).isEqualTo("INACTIVE");
        assertThat(s.path("processingStep").asString()).isEqualTo("INVOICE");
        assertThat(s.path("prorationMode").asString()).isEqualTo("ADJUST_QUANTITY");
        assertThat(s.path("endCriterion").path("type").asString()).isEqualTo("FREQUENCY");
        assertThat(s.path("specialDiscountExpiry").path("type").asString()).isEqualTo("NEVER");
        assertThat(s.path("kidAlgorithm").asString()).isEqualTo("MOD10");

        Api.Response refused = admin().post("/api/v1/subscriptions/" + s.path("id").asLong() + "/start", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("frequencyId", "ourReferenceId", "sellerId",
                "lines", "subscribers");
        assertThat(admin().get("/api/v1/subscriptions/" + s.path("id").asLong()).json().path("active").asBoolean())
                .isFalse();
    }

    @Test
    void startShowsWhoIsBilledWhatThenStartsAndDeactivates() {
        long id = readySubscription();
        long second = customer("9170");
        admin().post("/api/v1/subscriptions/" + id + "/subscribers", Map.of("customerId", second,
                "quantityFactor", "10/3", "vatOverride", "EXPORT", "startDate", nextFirst().toString()));
        JsonNode summary = admin().get("/api/v1/subscriptions/" + id + "/start-summary").json();
        assertThat(summary.path("problems").size()).isZero();
        assertThat(summary.path("nextDate").asString()).endsWith("-01");
        assertThat(summary.path("entries").size()).isEqualTo(2);
        JsonNode plain = summary.path("entries").get(0);
        assertThat(plain.path("documentType").asString()).isEqualTo("INVOICE");
        assertThat(plain.path("sumExclVat").decimalValue()).isEqualByComparingTo("499.00");
        assertThat(plain.path("totalInclVat").decimalValue()).isEqualByComparingTo("623.75");
        // 10/3 of one unit is 3.3333 units (quantities have 4 decimals): 3.3333 × 499 = 1663.32, no VAT
        JsonNode svalbard = summary.path("entries").get(1);
        assertThat(svalbard.path("sumExclVat").decimalValue()).isEqualByComparingTo("1663.32");
        assertThat(svalbard.path("totalInclVat").decimalValue()).isEqualByComparingTo("1663.32");
        assertThat(summary.path("totalExclVat").decimalValue()).isEqualByComparingTo("2162.32");

        Api.Response started = admin().post("/api/v1/subscriptions/" + id + "/start", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        JsonNode s = admin().get("/api/v1/subscriptions/" + id).json();
        assertThat(s.path("active").asBoolean()).isTrue();
        assertThat(s.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(s.path("sumExclVat").decimalValue()).isEqualByComparingTo("499.00");
        assertThat(s.path("subscriberCount").asLong()).isEqualTo(2);
        assertThat(s.path("recurrence").asString()).startsWith("Every month on day 1");
        assertThat(ids(admin().get("/api/v1/subscriptions?status=ACTIVE&size=500"))).contains(id);

        admin().post("/api/v1/subscriptions/" + id + "/deactivate", "");
        assertThat(admin().get("/api/v1/subscriptions/" + id).json().path("status").asString()).isEqualTo("INACTIVE");
        assertThat(ids(admin().get("/api/v1/subscriptions?status=INACTIVE&size=500"))).contains(id);
    }

    @Test
    void aCopyHasEveryLineAndSubscriberAStartingSubjectInItsLanguageAndNoLink() {
        long id = readySubscription();
        admin().post("/api/v1/subscriptions/" + id + "/start", "");
        String subject = admin().get("/api/v1/subscriptions/" + id).json().path("subject").asString();
        Api.Response copy = admin().post("/api/v1/subscriptions/" + id + "/copy", "");
        assertThat(copy.status()).isEqualTo(201);
        long copyId = copy.id();
        assertThat(copy.json().path("subject").asString()).isEqualTo("Kopi av " + subject);
        assertThat(copy.json().path("active").asBoolean()).isFalse();
        assertThat(admin().get("/api/v1/subscriptions/" + copyId + "/lines").json().path("items").size()).isEqualTo(1);
        assertThat(admin().get("/api/v1/subscriptions/" + copyId + "/subscribers").json().path("totalItems").asLong())
                .isEqualTo(1);
        admin().delete("/api/v1/subscriptions/" + copyId + "/lines/"
                + admin().get("/api/v1/subscriptions/" + copyId + "/lines").json().path("items").get(0).path("id").asLong());
        assertThat(admin().get("/api/v1/subscriptions/" + id + "/lines").json().path("items").size()).isEqualTo(1);

        Map<String, Object> english = subscriptionBody(unique("Support"));
        english.put("language", "en");
        long en = admin().post("/api/v1/subscriptions", english).id();
        assertThat(admin().post("/api/v1/subscriptions/" + en + "/copy", "").json().path("subject").asString())
                .startsWith("Copy of Support");
    }

    @Test
    void templatesNeverStartButSubscriptionsAreMadeFromThem() {
        long id = readySubscription();
        JsonNode s = admin().get("/api/v1/subscriptions/" + id).json();
        Map<String, Object> asTemplate = new HashMap<>();
        s.properties().forEach(e -> asTemplate.put(e.getKey(), e.getValue()));
        asTemplate.put("template", true);
        Api.Response template = admin().put("/api/v1/subscriptions/" + id, asTemplate);
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        assertThat(template.json().path("status").asString()).isEqualTo("TEMPLATE");
        assertThat(admin().post("/api/v1/subscriptions/" + id + "/start", "").errorFields()).contains("template");

        Api.Response made = admin().post("/api/v1/subscriptions/" + id + "/create-from-template", "");
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().path("template").asBoolean()).isFalse();
        assertThat(made.json().path("subject").asString()).isEqualTo(s.path("subject").asString());
        assertThat(admin().get("/api/v1/subscriptions/" + made.id() + "/lines").json().path("items").size()).isEqualTo(1);
        assertThat(made.json().path("subscriberCount").asLong()).isZero();
        long plain = admin().post("/api/v1/subscriptions", subscriptionBody(unique("Plain"))).id();
        assertThat(admin().post("/api/v1/subscriptions/" + plain + "/create-from-template", "").status()).isEqualTo(422);
    }

    @Test
    void concurrentEditsOfTheSameSubscriptionConflict() {
        JsonNode s = admin().post("/api/v1/subscriptions", subscriptionBody(unique("Samtidig"))).json();
        Map<String, Object> first = subscriptionBody(s.path("subject").asString() + " A");
        first.put("version", s.path("version").asInt());
        Map<String, Object> second = subscriptionBody(s.path("subject").asString() + " B");
        second.put("version", s.path("version").asInt());
        assertThat(admin().put("/api/v1/subscriptions/" + s.path("id").asLong(), first).status()).isEqualTo(200);
        Api.Response conflict = admin().put("/api/v1/subscriptions/" + s.path("id").asLong(), second);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/subscriptions/" + s.path("id").asLong()).json().path("subject").asString())
                .endsWith(" A");
    }

    @Test
    void badSettingsAndReferencesAreRefusedWithTheirFields() {
        Map<String, Object> body = subscriptionBody(unique("Feil"));
        body.put("useKid", true);
        body.put("kidFormat", "ccciii");
        body.put("cc", "ok@example.no, not an address");
        body.put("endCriterion", Map.of("type", "DATE"));
        body.put("prorationMode", "SOMETIMES");
        assertThat(admin().post("/api/v1/subscriptions", body).errorFields()).containsExactly("prorationMode");
        body.remove("prorationMode");
        Api.Response bad = admin().post("/api/v1/subscriptions", body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("cc");
        body.remove("cc");
        assertThat(admin().post("/api/v1/subscriptions", body).errorFields())
                .containsExactlyInAnyOrder("kidFormat", "endCriterion.date");

        Map<String, Object> refs = subscriptionBody(unique("Ref"));
        refs.put("frequencyId", 99999999);
        refs.put("sellerId", 99999998);
        Api.Response unknown = admin().post("/api/v1/subscriptions", refs);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactlyInAnyOrder("frequencyId", "sellerId");
    }

    @Test
    void theAuditTrailHasEveryChangeToTheSubscriptionItsLinesAndSubscribers() {
        long id = readySubscription();
        JsonNode line = admin().get("/api/v1/subscriptions/" + id + "/lines").json().path("items").get(0);
        admin().put("/api/v1/subscriptions/" + id + "/lines/" + line.path("id").asLong(), Map.of("productId",
                line.path("productId").asLong(), "quantity", 3, "version", line.path("version").asInt()));
        JsonNode audit = admin().get("/api/v1/subscriptions/" + id + "/audit?size=200").json().path("items");
        assertThat(audit.valueStream().map(e -> e.path("entityType").asString()).distinct())
                .contains("subscription", "subscription-line", "subscriber");
        assertThat(audit.valueStream().filter(e -> "quantity".equals(e.path("field").asString())
                && "UPDATE".equals(e.path("action").asString())))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("oldValue").asString()).isEqualTo("1");
                    assertThat(e.path("newValue").asString()).isEqualTo("3");
                    assertThat(e.path("actor").asString()).isEqualTo("admin");
                });
    }

    @Test
    void attachmentsAreStoredAndServedBack() {
        long id = admin().post("/api/v1/subscriptions", subscriptionBody(unique("Vedlegg"))).id();
        String boundary = "----takt" + unique();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vilkår.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nSalgsbetingelser\r\n--" + boundary + "--\r\n";
        Api.Response uploaded = admin().send("POST", "/api/v1/subscriptions/" + id + "/attachments", body,
                "multipart/form-data; boundary=" + boundary);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().path("filename").asString()).isEqualTo("vilkår.txt");
        Api.Response download = admin().get("/api/v1/subscriptions/" + id + "/attachments/" + uploaded.id());
        assertThat(download.body()).isEqualTo("Salgsbetingelser");
        assertThat(admin().get("/api/v1/subscriptions/" + id + "/attachments").json().path("items").size()).isEqualTo(1);
    }

    @Test
    void theListFiltersSearchesSortsAndPages() {
        String tag = "Sortering" + unique();
        for (String name : List.of("b", "A", "c")) {
            admin().post("/api/v1/subscriptions", subscriptionBody(tag + " " + name));
        }
        Api.Response page = admin().get("/api/v1/subscriptions?q=" + tag + "&sort=subject&size=2");
        assertThat(strings(page, "subject")).containsExactly(tag + " A", tag + " b");
        assertThat(page.json().path("totalItems").asLong()).isEqualTo(3);
        assertThat(strings(admin().get("/api/v1/subscriptions?q=" + tag + "&sort=-subject"), "subject"))
                .containsExactly(tag + " c", tag + " b", tag + " A");
        for (String sort : List.of("id", "recurrence", "nextDate", "end", "sumExclVat", "subscriberCount",
                "activeSubscriberCount")) {
            assertThat(admin().get("/api/v1/subscriptions?sort=-" + sort).status()).as(sort).isEqualTo(200);
        }
        assertThat(admin().get("/api/v1/subscriptions?status=SOMETIMES").status()).isEqualTo(400);
    }

    private static List<Long> ids(Api.Response response) {
        return response.json().path("items").valueStream().map(n -> n.path("id").asLong()).toList();
    }
}

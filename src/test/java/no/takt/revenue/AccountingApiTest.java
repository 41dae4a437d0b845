package no.takt.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 13: the organisation's accounts, and the journal of a period on them. */
class AccountingApiTest extends BillingFixtures {

    /** Every account back to the standard chart's (another test may have set some). */
    @org.junit.jupiter.api.BeforeEach
    void standardAccounts() {
        Map<String, String> blank = new java.util.HashMap<>();
        for (AccountMapping.Key k : AccountMapping.Key.values()) {
            blank.put(k.name(), "");
        }
        assertThat(admin().put("/api/v1/account-mapping", blank).status()).isEqualTo(200);
    }

    @Test
    void theAccountsHaveTheStandardChartsDefaultsAndCanBeSetByAnAdmin() {
        JsonNode accounts = admin().get("/api/v1/account-mapping").json();
        assertThat(accounts.path("RECEIVABLES").asString()).isEqualTo("1500");
        assertThat(accounts.path("OUTPUT_VAT_HIGH").asString()).isEqualTo("2700");
        assertThat(accounts.path("OUTPUT_VAT_LOW").asString()).isEqualTo("2703");
        try {
            assertThat(admin().put("/api/v1/account-mapping", Map.of("BANK", "1921")).json().path("BANK").asString())
                    .isEqualTo("1921");
            assertThat(admin().get("/api/v1/account-mapping").json().path("BANK").asString()).isEqualTo("1921");
            assertThat(admin().put("/api/v1/account-mapping", Map.of("BANK", "19x")).errorFields())
                    .containsExactly("BANK");
            assertThat(as(no.takt.platform.security.Role.BILLING).put("/api/v1/account-mapping", Map.of("BANK", "1922"))
                    .status()).isEqualTo(403);
        } finally {
            admin().put("/api/v1/account-mapping", Map.of("BANK", ""));
        }
        assertThat(admin().get("/api/v1/account-mapping").json().path("BANK").asString()).isEqualTo("1920");
    }

    @Test
    void theJournalHasEveryInvoiceAndPaymentAsABalancedEntry() {
        Fixture f = subscription(1, Map.of());
        start(f);
        run("2026-01-01");
        JsonNode invoice = documents(f.subscriptionId()).getFirst();
        long payment = post("/api/v1/payments", Map.of("date", "2026-01-10", "amount", 623.75, "currency", "NOK",
                "reference", "Innbetaling " + unique(), "documentId", invoice.path("id").asLong())).id();

        String csv = new String(adminByToken().download("/api/v1/exports/journal?from=2026-01-01&to=2026-01-31")
                .body(), StandardCharsets.UTF_8);
        List<String[]> rows = csv.lines().skip(1).map(l -> l.split(";", -1)).toList();
        List<String> ours = rows.stream().filter(r -> r[0].equals("INV-" + invoice.path("number").asLong()))
                .map(r -> r[3] + " " + r[4] + " " + r[5]).toList();
        assertThat(ours).containsExactly("1500 623.75 0.00", "3000 0.00 499.00", "2700 0.00 124.75");
        assertThat(rows.stream().filter(r -> r[0].equals("PAY-" + payment)).map(r -> r[3] + " " + r[4] + " " + r[5]))
                .containsExactly("1920 623.75 0.00", "1500 0.00 623.75");
        BigDecimal debit = rows.stream().map(r -> new BigDecimal(r[4])).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = rows.stream().map(r -> new BigDecimal(r[5])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debit).isEqualByComparingTo(credit);
        assertThat(admin().get("/api/v1/exports/journal?from=2026-02-01&to=2026-01-01").errorFields())
                .containsExactly("to");
    }

    /** Issue 13: the SAF-T file of a period is valid against Skatteetaten's schema and balances. */
    @Test
    void theSaftFileIsValidAgainstTheSchemaAndBalances() throws Exception {
        organisation("922301956");
        Fixture f = subscription(2, Map.of());
        start(f);
        run("2026-01-01");
        JsonNode invoice = documents(f.subscriptionId()).getFirst();
        post("/api/v1/payments", Map.of("date", "2026-01-12", "amount", 623.75, "currency", "NOK", "reference",
                "SAF-T " + unique(), "documentId", invoice.path("id").asLong()));
        adminByToken().post("/api/v1/documents/" + documents(f.subscriptionId()).get(1).path("id").asLong()
                + "/credit-note", Map.of());

        no.takt.support.Api.Download file = adminByToken().download("/api/v1/exports/saft?from=2026-01-01&to=2026-12-31");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/xml");
        javax.xml.validation.Schema schema = javax.xml.validation.SchemaFactory.newInstance(
                javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(getClass().getClassLoader()
                .getResource(SaftExport.SCHEMA));
        schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(
                new java.io.ByteArrayInputStream(file.body())));

        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(file.body()));
        String total = text(xml, "TotalDebit");
        assertThat(total).isEqualTo(text(xml, "TotalCredit"));
        assertThat(Long.parseLong(text(xml, "NumberOfEntries"))).isGreaterThanOrEqualTo(4);
        String body = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("<TransactionID>INV-" + invoice.path("number").asLong() + "</TransactionID>",
                "<AccountID>1500</AccountID>", "<AccountID>2700</AccountID>", "<TaxCode>3</TaxCode>",
                "<RegistrationNumber>922301956</RegistrationNumber>", "<TransactionID>CN-");
        assertThat(admin().get("/api/v1/exports/saft?from=2026-12-31&to=2026-01-01").errorFields()).containsExactly("to");
    }

    private static String text(org.w3c.dom.Document xml, String element) {
        return xml.getElementsByTagNameNS(SaftExport.NAMESPACE, element).item(0).getTextContent();
    }
}

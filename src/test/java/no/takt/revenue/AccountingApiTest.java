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

    private List<String[]> journal(String query) {
        return new String(adminByToken().download("/api/v1/exports/journal?" + query).body(), StandardCharsets.UTF_8)
                .lines().skip(1).map(l -> l.split(";", -1)).toList();
    }

    private static List<String> entry(List<String[]> rows, String prefix, String customer) {
        return rows.stream().filter(r -> r[0].startsWith(prefix) && r[2].contains(customer))
                .map(r -> r[3] + " " + r[4] + " " + r[5]).toList();
    }

    /**
     * Issue 13: a reminder's fee and interest, the write-off of what is left of the invoice, and a
     * refund of a customer's credit are entries of the journal, each against receivables.
     */
    @Test
    void remindersWriteOffsAndRefundsAreInTheJournal() {
        no.takt.payments.TestRates.of2026(admin());
        Fixture f = subscription(1, Map.of());
        start(f);
        run("2026-01-01");
        JsonNode invoice = documents(f.subscriptionId()).getFirst();
        String customer = invoice.path("customerName").asString();
        java.time.LocalDate due = java.time.LocalDate.parse(invoice.path("dueDate").asString());
        adminByToken().post("/api/v1/reminders/runs", Map.of("date", due.plusDays(14).toString(), "dryRun", false,
                "customerId", invoice.path("customerId").asLong()));
        assertThat(admin().post("/api/v1/documents/" + invoice.path("id").asLong() + "/write-off",
                Map.of("date", due.plusDays(20).toString())).status()).isEqualTo(200);
        post("/api/v1/payments", Map.of("date", due.plusDays(21).toString(), "amount", 80, "currency", "NOK",
                "reference", "Forskudd " + unique(), "customerId", invoice.path("customerId").asLong()));
        assertThat(admin().post("/api/v1/customers/" + invoice.path("customerId").asLong() + "/refunds",
                Map.of("date", due.plusDays(22).toString(), "amount", 50)).status()).isEqualTo(200);

        List<String[]> rows = journal("from=2026-01-01&to=2026-03-31");
        // 35,00 fee; 623,75 × 12,5 % × 14 / 365 = 2,99 interest
        assertThat(entry(rows, "FEE-", customer)).containsExactly("1500 35.00 0.00", "3900 0.00 35.00");
        assertThat(entry(rows, "INT-", customer)).containsExactly("1500 2.99 0.00", "8050 0.00 2.99");
        assertThat(entry(rows, "WO-", customer)).containsExactly("1500 0.00 623.75", "7830 623.75 0.00");
        assertThat(entry(rows, "REF-", customer)).containsExactly("1500 50.00 0.00", "1920 0.00 50.00");
        BigDecimal debit = rows.stream().map(r -> new BigDecimal(r[4])).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = rows.stream().map(r -> new BigDecimal(r[5])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debit).isEqualByComparingTo(credit);
    }

    /**
     * Issue 13: with deferrals, each month's end moves the change in deferred revenue the revenue
     * report shows — here at least a quarter of 900,00 billed on 1 January, of which 900 × 59 / 90 = 590 is deferred at
     * January's end.
     */
    @Test
    void theDeferralEntriesAreTheChangeInDeferredRevenueOfTheRevenueReport() {
        quarterly("NOK");
        run("2026-01-01");
        JsonNode report = admin().get("/api/v1/reports/revenue?from=2026-01&to=2026-02").json();
        for (String month : List.of("2026-01", "2026-02")) {
            BigDecimal change = report.path("items").valueStream().filter(i -> i.path("month").asString().equals(month))
                    .map(i -> i.path("deferredClosing").decimalValue().subtract(i.path("deferredOpening").decimalValue()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            List<String[]> deferral = journal("from=2026-01-01&to=2026-02-28&deferrals=true").stream()
                    .filter(r -> r[0].equals("DEF-" + month)).toList();
            BigDecimal toDeferred = deferral.stream().filter(r -> r[3].equals("2965"))
                    .map(r -> new BigDecimal(r[5]).subtract(new BigDecimal(r[4]))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(toDeferred).isEqualByComparingTo(change);
            if (month.equals("2026-01")) {
                assertThat(deferral.stream().filter(r -> r[3].equals("3020")).map(r -> new BigDecimal(r[4])
                        .subtract(new BigDecimal(r[5]))).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isGreaterThanOrEqualTo(new BigDecimal("590.00"));
            }
            assertThat(deferral.stream().map(r -> new BigDecimal(r[4])).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(deferral.stream().map(r -> new BigDecimal(r[5]))
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertThat(journal("from=2026-01-01&to=2026-02-28").stream().filter(r -> r[0].startsWith("DEF-"))).isEmpty();
        assertThat(admin().get("/api/v1/exports/journal?from=2020-01-01&to=2026-02-28&deferrals=true").errorFields())
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

        no.takt.support.Api.Download file = adminByToken().download(
                "/api/v1/exports/saft?from=2026-01-01&to=2026-12-31&deferrals=true");
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
                "<RegistrationNumber>922301956</RegistrationNumber>", "<TransactionID>CN-",
                "<TaxInformation><TaxType>MVA</TaxType><TaxCode>3</TaxCode><TaxPercentage>25</TaxPercentage>",
                "<BalanceAccount><AccountID>1500</AccountID>", "<PostalCode>0150</PostalCode>");
        assertThat(admin().get("/api/v1/exports/saft?from=2026-12-31&to=2026-01-01").errorFields()).containsExactly("to");
    }

    private static String text(org.w3c.dom.Document xml, String element) {
        return xml.getElementsByTagNameNS(SaftExport.NAMESPACE, element).item(0).getTextContent();
    }
}

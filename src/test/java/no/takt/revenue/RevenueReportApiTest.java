package no.takt.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.support.Api;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13: the revenue report over what the runs bill. Other tests' documents share the database,
 * so each test compares the report before and after its own documents.
 */
class RevenueReportApiTest extends BillingFixtures {

    private static final String REPORT = "/api/v1/reports/revenue?from=2026-01&to=2026-06&currency=EUR";

    /** (month, account) → [billed, recognised, closing] of the report as it stands. */
    private Map<String, BigDecimal[]> report() {
        JsonNode answer = admin().get(REPORT).json();
        Map<String, BigDecimal[]> items = new HashMap<>();
        answer.path("items").forEach(i -> items.put(i.path("month").asString() + " " + i.path("salesAccount").asString(),
                new BigDecimal[] {i.path("billed").decimalValue(), i.path("recognised").decimalValue(),
                        i.path("deferredClosing").decimalValue()}));
        return items;
    }

    private static BigDecimal[] delta(Map<String, BigDecimal[]> before, Map<String, BigDecimal[]> after, String key) {
        BigDecimal[] zero = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] a = after.getOrDefault(key, zero);
        BigDecimal[] b = before.getOrDefault(key, zero);
        return new BigDecimal[] {a[0].subtract(b[0]).setScale(2), a[1].subtract(b[1]).setScale(2),
                a[2].subtract(b[2]).setScale(2)};
    }

    /** A quarter of 900,00 EUR billed on 1 January for January–March (90 days) on account 3020. */
    private void quarterlyInvoice() {
        quarterly("EUR");
        run("2026-01-01");
    }

    @Test
    void aQuarterlyInvoiceIsRecognisedOverItsDaysAndDeferredMeanwhile() {
        Map<String, BigDecimal[]> before = report();
        quarterlyInvoice();
        Map<String, BigDecimal[]> after = report();
        // 900 × 31/90 = 310,00 in January, 900 × 28/90 = 280,00 in February, the rest (310,00) in March
        assertThat(delta(before, after, "2026-01 3020")).containsExactly(new BigDecimal("900.00"),
                new BigDecimal("310.00"), new BigDecimal("590.00"));
        assertThat(delta(before, after, "2026-02 3020")).containsExactly(new BigDecimal("0.00"),
                new BigDecimal("280.00"), new BigDecimal("310.00"));
        assertThat(delta(before, after, "2026-03 3020")).containsExactly(new BigDecimal("0.00"),
                new BigDecimal("310.00"), new BigDecimal("0.00"));
        JsonNode answer = admin().get(REPORT).json();
        assertThat(answer.path("currency").asString()).isEqualTo("EUR");
        answer.path("items").forEach(i -> assertThat(i.path("deferredOpening").decimalValue()
                .add(i.path("billed").decimalValue()).subtract(i.path("recognised").decimalValue()))
                .isEqualByComparingTo(i.path("deferredClosing").decimalValue()));
        assertThat(answer.path("waterfall").get(0).path("billedMonth").asString()).isEqualTo("2026-01");
    }

    @Test
    void theReportAsExcelHasNumbersAndMonthsAndAsCsvTheSameRows() throws Exception {
        quarterlyInvoice();
        Api.Download xlsx = adminByToken().download(REPORT + "&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).contains("revenue-2026-01-2026-06.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(1)).isNotBlank();
            Row january = rows.stream().filter(r -> r.getRowNum() > 1 && "3020".equals(r.getCellText(1))).findFirst()
                    .orElseThrow();
            assertThat(january.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(january.getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
            assertThat(january.getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(january.getCellAsNumber(3).orElseThrow()).isGreaterThanOrEqualTo(new BigDecimal("900"));
        }
        Api.Download csv = adminByToken().download(REPORT + "&format=CSV");
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeff").contains("\r\n2026-01;3020;");
        assertThat(text.lines().count()).isEqualTo(admin().get(REPORT).json().path("items").size() + 1);
    }

    @Test
    void aRangeBackwardsTooLongOrNotAMonthIsRefusedAtItsField() {
        assertThat(admin().get("/api/v1/reports/revenue?from=2026-06&to=2026-01").errorFields()).containsExactly("to");
        assertThat(admin().get("/api/v1/reports/revenue?from=2020-01&to=2026-01").errorFields()).containsExactly("to");
        assertThat(admin().get("/api/v1/reports/revenue?from=2026-13&to=2026-12").errorFields()).containsExactly("from");
        assertThat(admin().get("/api/v1/reports/revenue?to=2026-12").errorFields()).containsExactly("from");
        assertThat(admin().get(REPORT + "&format=pdf").errorFields()).containsExactly("format");
    }

    /** month → "mrr new churned active" of one subscription. */
    private Map<String, String> mrr(long subscriptionId) {
        Map<String, String> months = new HashMap<>();
        admin().get("/api/v1/reports/mrr?from=2026-01&to=2026-03&subscriptionId=" + subscriptionId).json().path("items")
                .forEach(i -> months.put(i.path("month").asString(), String.join(" ",
                        i.path("mrr").decimalValue().stripTrailingZeros().toPlainString(),
                        i.path("newMrr").decimalValue().stripTrailingZeros().toPlainString(),
                        i.path("churnedMrr").decimalValue().stripTrailingZeros().toPlainString(),
                        i.path("activeSubscribers").asString())));
        return months;
    }

    /** Issue 13: two subscribers of 499 a month from January, one of them leaving after January; a one-time fee is no MRR. */
    @Test
    void theMrrOfMonthlySubscribersWithAChurnAndAOneTimeFee() throws Exception {
        Fixture f = subscription(2, Map.of());
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/lines", Map.of("name", "Etablering", "unitPrice", 100,
                "vatCode", "3", "oneTime", true));
        long leaving = f.subscribers().get(1);
        JsonNode subscriber = admin().get("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers/" + leaving)
                .json();
        assertThat(admin().put("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers/" + leaving, Map.of(
                "customerId", subscriber.path("customerId").asLong(), "startDate", "2026-01-01", "endDate",
                "2026-01-31", "version", subscriber.path("version").asInt())).status()).isEqualTo(200);
        start(f);
        for (String date : List.of("2026-01-01", "2026-02-01", "2026-03-01")) {
            run(date);
        }
        String mrr = "/api/v1/reports/mrr?from=2026-01&to=2026-03&subscriptionId=" + f.subscriptionId();
        assertThat(mrr(f.subscriptionId())).containsEntry("2026-01", "998 998 0 2").containsEntry("2026-02", "499 0 499 1")
                .containsEntry("2026-03", "499 0 0 1");
        JsonNode march = admin().get(mrr).json().path("items").get(2);
        assertThat(march.path("arr").decimalValue()).isEqualByComparingTo(march.path("mrr").decimalValue()
                .multiply(BigDecimal.valueOf(12)));

        Api.Download xlsx = adminByToken().download(mrr + "&format=xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
        }
        assertThat(admin().get("/api/v1/reports/mrr?from=2026-03&to=2026-01").errorFields()).containsExactly("to");
    }

    /**
     * Issue 13: a credit note lowers the MRR of the months its invoice covers — February's invoice
     * credited in full is February's churn and March's new MRR; 99 credited of March's leaves 400.
     */
    @Test
    void aCreditNoteLowersTheMrrOfItsInvoicesMonths() {
        Fixture f = subscription(1, Map.of());
        start(f);
        for (String date : List.of("2026-01-01", "2026-02-01", "2026-03-01")) {
            run(date);
        }
        List<JsonNode> invoices = documents(f.subscriptionId());
        long february = invoices.stream().filter(d -> d.path("periodStart").asString().equals("2026-02-01"))
                .findFirst().orElseThrow().path("id").asLong();
        long march = invoices.stream().filter(d -> d.path("periodStart").asString().equals("2026-03-01"))
                .findFirst().orElseThrow().path("id").asLong();
        post("/api/v1/documents/" + february + "/credit-note", Map.of());
        post("/api/v1/documents/" + march + "/credit-note", Map.of("lines", List.of(Map.of("position", 1,
                "amount", 99))));

        assertThat(mrr(f.subscriptionId())).containsEntry("2026-01", "499 499 0 1").containsEntry("2026-02", "0 0 499 0")
                .containsEntry("2026-03", "400 400 0 1");
    }
}

package no.takt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.support.Api;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Issue 13: the lists as Excel and CSV, with their own filters and order. */
class ListExportsTest extends BillingFixtures {

    @Test
    void theDocumentListAsExcelHasNumbersAndDatesAndAsCsvTheSameRows() throws Exception {
        Fixture f = subscription(3, Map.of());
        start(f);
        run("2026-02-01");
        String list = "/api/v1/documents?subscriptionId=" + f.subscriptionId() + "&sort=number";
        List<tools.jackson.databind.JsonNode> documents = admin().get(list + "&size=100").json().path("items")
                .valueStream().toList();
        assertThat(documents).hasSize(6);

        Api.Download xlsx = adminByToken().download(list + "&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.disposition()).contains("documents.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(7);
            Row first = rows.get(1);
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsNumber(1).orElseThrow().longValue())
                    .isEqualTo(documents.getFirst().path("number").asLong());
            assertThat(first.getCellAsDate(2).orElseThrow().toLocalDate().toString())
                    .isEqualTo(documents.getFirst().path("date").asString());
            assertThat(first.getCellAsNumber(12).orElseThrow()).isEqualByComparingTo(new BigDecimal("623.75"));
            assertThat(first.getCellText(5)).isEqualTo(documents.getFirst().path("customerName").asString());
        }

        Api.Download csv = adminByToken().download(list + "&format=csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(text.lines().toList()).hasSize(7);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains(";623.75;");
        assertThat(admin().get(list + "&format=doc").errorFields()).containsExactly("format");
    }

    @Test
    void theCustomerAndSubscriptionListsAsExcel() throws Exception {
        Fixture f = subscription(2, Map.of("subject", "Eksport " + unique()));
        long number = admin().get("/api/v1/customers/" + f.customers().getFirst()).json().path("customerNumber").asLong();
        Api.Download customers = adminByToken().download("/api/v1/customers?q=" + number + "&format=xlsx");
        assertThat(customers.status()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(customers.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellAsNumber(0).orElseThrow().longValue()).isEqualTo(number);
            assertThat(rows.get(1).getCellText(8)).isEqualTo("Oslo");
        }
        Api.Download subscriptions = adminByToken().download("/api/v1/subscriptions?q=Eksport&format=xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(subscriptions.body()))) {
            Row ours = workbook.getFirstSheet().read().stream().filter(r -> r.getRowNum() > 1
                    && r.getCellAsNumber(0).orElseThrow().longValue() == f.subscriptionId()).findFirst().orElseThrow();
            assertThat(ours.getCellAsNumber(6).orElseThrow().intValue()).isEqualTo(2);
            assertThat(ours.getCell(4).getType()).isEqualTo(CellType.NUMBER);
        }
    }

    @Test
    void thePaymentListAndACustomersLedgerAsFiles() throws Exception {
        Fixture f = subscription(1, Map.of());
        start(f);
        run("2026-01-01");
        long invoice = documents(f.subscriptionId()).getFirst().path("id").asLong();
        post("/api/v1/payments", Map.of("date", "2026-01-20", "amount", 623.75, "currency", "NOK", "reference",
                "Fil " + unique(), "documentId", invoice));
        Api.Download payments = adminByToken().download("/api/v1/payments?documentId=" + invoice + "&format=xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(payments.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellAsNumber(2).orElseThrow()).isEqualByComparingTo(new BigDecimal("623.75"));
            assertThat(rows.get(1).getCellAsDate(1).orElseThrow().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 1, 20));
        }
        String ledger = new String(adminByToken().download("/api/v1/customers/" + f.customers().getFirst()
                + "/ledger?format=csv").body(), StandardCharsets.UTF_8);
        List<String> lines = ledger.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2026-01-01;").contains(";623.75;623.75");
        assertThat(lines.get(2)).startsWith("2026-01-20;").endsWith(";-623.75;0.00");
    }

    /** The payment file is the list as shown: its search and its order, every row (streamed, not paged by offset). */
    @Test
    void thePaymentFileKeepsTheListsSearchAndOrder() {
        String payer = "Eksport " + unique();
        for (String amount : List.of("10.00", "30.00", "20.00")) {
            post("/api/v1/payments", Map.of("date", "2025-06-16", "amount", amount, "payerName", payer));
        }
        String csv = new String(adminByToken().download("/api/v1/payments?q=" + payer.replace(" ", "%20")
                + "&sort=-amount&format=csv").body(), StandardCharsets.UTF_8);
        List<String> rows = csv.lines().skip(1).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().map(r -> r.split(";")[2]).toList()).containsExactly("30.00", "20.00", "10.00");
    }
}

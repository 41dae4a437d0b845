package no.takt.documents;

import no.takt.documents.core.Layout;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.takt.documents.Document;
import no.takt.organisation.Organisation;
import no.takt.platform.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EhfTest {

    private static final EhfValidator VALIDATOR = new EhfValidator();
    static final Organisation SELLER = new Organisation("Fjordtakt AS", "922301956", true, true,
            new Address("Storgata 1", "0155", "Oslo", "NO"), "NO", "NOK", "post@fjordtakt.no", null, null, null,
            "12345678903", false, 1, null, null);

    @Test
    void anInvoiceWithTwoRatesDiscountsAndRoundingPassesTheRules() {
        Document invoice = document(Document.Type.INVOICE, null);
        byte[] xml = Ehf.of(invoice, Issuer.of(SELLER));
        EhfValidator.Result result = VALIDATOR.validate(xml, false);
        assertThat(result.errors()).as(Ehf.asText(xml)).isEmpty();
        String text = Ehf.asText(xml);
        assertThat(text).contains("<cbc:EndpointID schemeID=\"0192\">922301956</cbc:EndpointID>",
                "<cbc:CompanyID>NO922301956MVA</cbc:CompanyID>", "<cbc:CompanyID>Foretaksregisteret</cbc:CompanyID>",
                "<cbc:PaymentID>0100010000014</cbc:PaymentID>",
                "<cbc:PayableAmount currencyID=\"NOK\">1238.00</cbc:PayableAmount>",
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co");
    }

    @Test
    void aCreditNoteRefersToItsInvoiceAndPassesTheRules() {
        byte[] xml = Ehf.of(document(Document.Type.CREDIT_NOTE, 17L), Issuer.of(SELLER));
        EhfValidator.Result result = VALIDATOR.validate(xml, true);
        assertThat(result.errors()).as(Ehf.asText(xml)).isEmpty();
        assertThat(Ehf.asText(xml)).contains("<CreditNote", "<cbc:CreditNoteTypeCode>381", "<cac:BillingReference>",
                "<cbc:CreditedQuantity").doesNotContain("PaymentMeans");
    }

    @Test
    void aSellerWithoutOrganisationNumberIsRefusedBeforeRelease() {
        Organisation nameless = new Organisation("Uten nummer", null, false, false, Address.EMPTY, "NO", "NOK", null,
                null, null, null, null, false, 1, null, null);
        assertThat(VALIDATOR.validate(Ehf.of(document(Document.Type.INVOICE, null), Issuer.of(nameless)), false)
                .valid()).isFalse();
    }

    static final Organisation DANISH_SELLER = new Organisation("Fjordtakt ApS", "12345674", true, false,
            new Address("Strøget 1", "1160", "København K", "DK"), "DK", "DKK", "post@fjordtakt.dk", null, null, null,
            "1234 5678901234", false, 1, null, null);

    @ParameterizedTest
    @CsvSource({"DANISH_FI71, , , 85381412, 93, 71#",
        "DANISH_FI71, DK5000400440116243, DABADKKK, , 58, 0100",
        "NONE, , , , 42, 0100"})
    void aDanishSellerPaysByTheMeansTheDanishRulesAllow(Layout.GiroFormat giro, String iban, String bic,
            String creditor, String code, String paymentIdStart) {
        Document.Print print = new Document.Print(giro, "1234 5678901234", iban, bic, Layout.LineDetail.FULL,
                creditor, null);
        byte[] xml = Ehf.of(document(Document.Type.INVOICE, null, print, true), Issuer.of(DANISH_SELLER));
        EhfValidator.Result result = VALIDATOR.validate(xml, false);
        assertThat(result.errors()).as(Ehf.asText(xml)).isEmpty();
        assertThat(Ehf.asText(xml)).contains("<cbc:PaymentMeansCode>" + code + "</cbc:PaymentMeansCode>",
                "<cbc:PaymentID>" + paymentIdStart, "<cbc:CompanyID schemeID=\"0184\">12345674</cbc:CompanyID>",
                "<cbc:CompanyID schemeID=\"0184\">87654321</cbc:CompanyID>");
    }

    @Test
    void aDanishSellerPayingByPlainTransferBreaksTheDanishRules() {
        Organisation noAccount = new Organisation("Fjordtakt ApS", "12345674", true, false,
                new Address("Strøget 1", "1160", "København K", "DK"), "DK", "DKK", null, null, null, null, null,
                false, 1, null, null);
        Document.Print print = new Document.Print(Layout.GiroFormat.NONE, null, null, null, Layout.LineDetail.FULL,
                null, null);
        EhfValidator.Result result = VALIDATOR.validate(Ehf.of(document(Document.Type.INVOICE, null, print, true),
                Issuer.of(noAccount)), false);
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("DK-R-005"));
    }

    static Document document(Document.Type type, Long credits) {
        return document(type, credits, new Document.Print(Layout.GiroFormat.NORWEGIAN_GIRO, "12345678903", null,
                null, Layout.LineDetail.FULL, null, null), false);
    }

    /**
     * 2 × 499 at 25 % less 10 %, one 100 kr line at 15 %, a free text, and 0.23 cash rounding; to a
     * Norwegian customer, or a Danish one (CVR 87654321, in DKK).
     */
    static Document document(Document.Type type, Long credits, Document.Print print, boolean danish) {
        LocalDate date = LocalDate.parse("2026-01-01");
        List<Document.Line> lines = List.of(
                new Document.Line(1, Document.Line.Text.of("Lisens", "Årsavgift"),
                        new Document.Line.Item(1L, "3", new BigDecimal("25"), "3000"),
                        new Document.Line.Amounts(new BigDecimal("2"), new BigDecimal("499"), null,
                        new BigDecimal("10"),
                        null, new BigDecimal("898.20"), new BigDecimal("224.55"), new BigDecimal("1122.75")),
                                        null),
                Document.Line.freeText(2, new Document.Line.Text("Takk for handelen", null, true, true, false)),
                new Document.Line(3, Document.Line.Text.of("Mat", null),
                new Document.Line.Item(2L, "31", new BigDecimal("15"), "3000"),
                new Document.Line.Amounts(new BigDecimal("1"), new BigDecimal("100"), null, null, null,
                                new BigDecimal("100.00"), new BigDecimal("15.00"), new BigDecimal("115.00")), null));
        List<Document.VatLine> vat = List.of(new Document.VatLine(new BigDecimal("15"), new BigDecimal("100.00"),
                new BigDecimal("15.00")), new Document.VatLine(new BigDecimal("25"), new BigDecimal("898.20"),
                new BigDecimal("224.55")));
        BigDecimal excl = new BigDecimal("998.20");
        BigDecimal vatSum = new BigDecimal("239.55");
        BigDecimal rounding = new BigDecimal("0.25");
        boolean invoice = type == Document.Type.INVOICE;
        return new Document(1, type, 18, Document.Status.ISSUED, new Document.Origin(1L, 1L, invoice ? 1L : null),
                new Document.Dates(date, invoice ? date.plusDays(14) : null, null, date,
                        date.plusMonths(1).minusDays(1), 1, false),
                new Document.Texts("Lisens", "<script>alert(1)</script> & Co", null, danish ? "da" : "nb", "Kari", null,
                        "Ola"),
                new Document.Payment(invoice ? "0100010000014" : null, null),
                new Document.Totals(danish ? "DKK" : "NOK", excl, vatSum, rounding, excl.add(vatSum).add(rounding),
                vat),
                new Document.Customer(1, 10001, danish ? "Kunde ApS" : "Kunde AS", danish ? "87654321" : "987654325",
                null, danish ? "0184:87654321" : "0192:987654325", danish
                                ? new Address("Vestergade 2", "8000", "Aarhus C", "DK")
                                : new Address("Gate 2", "5003", "Bergen", "NO"), Address.EMPTY),
                lines, print, Document.Delivery.NONE, new Document.Links(credits, credits, null, null),
                Document.Created.NOT_YET);
    }
}

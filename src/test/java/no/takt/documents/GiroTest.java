package no.takt.documents;

import no.takt.documents.core.Layout;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.takt.documents.Document;
import no.takt.platform.Address;
import org.junit.jupiter.api.Test;

class GiroTest {

    @Test
    void theNorwegianGiroLineHasKronerOreAndTheirCheckDigit() {
        Giro giro = Giro.of(invoice(Document.Type.INVOICE, "623.75", Layout.GiroFormat.NORWEGIAN_GIRO,
                "0100010000014"));
        assertThat(giro.kroner()).isEqualTo("623");
        assertThat(giro.ore()).isEqualTo("75");
        // MOD10 of 62375: weights 2,1,2,1,2 from the right: 10→1, 7, 6, 2, 12→3 = 19 → 1
        assertThat(giro.checkDigit()).isEqualTo("1");
        assertThat(giro.reference()).isEqualTo("0100010000014");
        assertThat(giro.account()).isEqualTo("1234 56 78903");
        assertThat(Giro.of(invoice(Document.Type.INVOICE, "1000.05", Layout.GiroFormat.NORWEGIAN_GIRO, null)))
                .satisfies(g -> {
                    assertThat(g.kroner()).isEqualTo("1000");
                    assertThat(g.ore()).isEqualTo("05");
                    assertThat(g.reference()).isEqualTo("17");
                });
    }

    @Test
    void theDanishGiroHasTheFiPaymentIdAndForeignCustomersTheIban() {
        Giro fi = Giro.of(invoice(Document.Type.INVOICE, "100", Layout.GiroFormat.DANISH_FI71, null));
        assertThat(fi.fiPaymentId()).hasSize(15).startsWith("00000000000017");
        assertThat(fi.fiCodeLine()).isEqualTo("+71<" + fi.fiPaymentId() + "+85381412<");
        Giro iban = Giro.of(invoice(Document.Type.INVOICE, "100", Layout.GiroFormat.IBAN, null));
        assertThat(iban.iban()).isEqualTo("NO9312345678903");
        assertThat(iban.bic()).isEqualTo("DNBANOKK");
    }

    @Test
    void onlyInvoicesWithSomethingToPayAndAGiroFormatHaveAGiro() {
        assertThat(Giro.of(invoice(Document.Type.SALES_ORDER, "100", Layout.GiroFormat.NORWEGIAN_GIRO, null))).isNull();
        assertThat(Giro.of(invoice(Document.Type.CREDIT_NOTE, "100", Layout.GiroFormat.NORWEGIAN_GIRO, null))).isNull();
        assertThat(Giro.of(invoice(Document.Type.INVOICE, "0", Layout.GiroFormat.NORWEGIAN_GIRO, null))).isNull();
        assertThat(Giro.of(invoice(Document.Type.INVOICE, "100", Layout.GiroFormat.NONE, null))).isNull();
        assertThat(Giro.account("DK5000400440116243")).isEqualTo("DK5000400440116243");
    }

    static Document invoice(Document.Type type, String total, Layout.GiroFormat giro, String kid) {
        BigDecimal amount = new BigDecimal(total);
        LocalDate date = LocalDate.parse("2026-01-01");
        return new Document(1, type, 17, Document.Status.ISSUED, new Document.Origin(1L, 1L, 1L),
                new Document.Dates(date, date.plusDays(14), null, date, date.plusMonths(1).minusDays(1), 1, false),
                new Document.Texts("Lisens", null, null, "nb", null, null, null), new Document.Payment(kid, null),
                new Document.Totals("NOK", amount, BigDecimal.ZERO, BigDecimal.ZERO, amount, List.of()),
                new Document.Customer(1, 10001, "Kunde AS", null, null, null, Address.EMPTY, Address.EMPTY), List.of(),
                new Document.Print(giro, "12345678903", "NO9312345678903", "DNBANOKK", Layout.LineDetail.FULL,
                "85381412", null),
                Document.Delivery.NONE, Document.Links.NONE, Document.Created.NOT_YET);
    }
}

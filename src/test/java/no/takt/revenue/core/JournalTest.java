package no.takt.revenue.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalTest {

    private static final Journal.Accounts NS4102 = new Journal.Accounts("1500", "1920", "7770", "3000",
            rate -> Map.of(25, "2700", 15, "2701", 12, "2703").getOrDefault(rate.intValue(), "2700"));

    private static List<String> postings(Journal.Entry e) {
        return e.postings().stream().map(p -> p.account() + " " + p.debit().toPlainString() + " "
                + p.credit().toPlainString()).toList();
    }

    /** 899 + 99 on 3000 and 49 on 3010, 25 % VAT: the invoice of the demo's licence subscription. */
    @Test
    void anInvoiceDebitsReceivablesAndCreditsSalesAndOutputVat() {
        Journal.Source invoice = new Journal.Source("INV-2", LocalDate.of(2026, 12, 1), "Faktura 2", null, false,
                List.of(new Journal.Line("3000", new BigDecimal("899.00")), new Journal.Line("3000",
                        new BigDecimal("99.00")), new Journal.Line("3010", new BigDecimal("49.00"))),
                List.of(new Journal.Vat(new BigDecimal("25"), new BigDecimal("1047.00"), new BigDecimal("261.75"))),
                BigDecimal.ZERO, new BigDecimal("1308.75"));
        Journal.Entry entry = Journal.of(invoice, NS4102);
        assertThat(postings(entry)).containsExactly("1500 1308.75 0.00", "3000 0.00 998.00", "3010 0.00 49.00",
                "2700 0.00 261.75");
        assertThat(entry.debit()).isEqualByComparingTo(entry.credit());
    }

    @Test
    void aCreditNoteIsTheOtherWayRoundAndRoundingHasItsAccount() {
        Journal.Source note = new Journal.Source("CN-1", LocalDate.of(2026, 12, 2), "Kreditnota 1", null, true,
                List.of(new Journal.Line(null, new BigDecimal("100.00")), new Journal.Line("3100",
                        new BigDecimal("50.00"))),
                List.of(new Journal.Vat(new BigDecimal("25"), new BigDecimal("100.00"), new BigDecimal("25.00")),
                        new Journal.Vat(new BigDecimal("15"), new BigDecimal("50.00"), new BigDecimal("7.50"))),
                new BigDecimal("0.50"), new BigDecimal("183.00"));
        assertThat(postings(Journal.of(note, NS4102))).containsExactly("1500 0.00 183.00", "3000 100.00 0.00",
                "3100 50.00 0.00", "2700 25.00 0.00", "2701 7.50 0.00", "7770 0.50 0.00");
    }

    @Test
    void aPaymentDebitsTheBankAndADocumentThatDoesNotAddUpIsRefused() {
        assertThat(postings(Journal.payment("PAY-7", LocalDate.of(2026, 12, 15), "KID 0100", new BigDecimal("623.75"),
                NS4102))).containsExactly("1920 623.75 0.00", "1500 0.00 623.75");
        assertThatThrownBy(() -> Journal.of(new Journal.Source("INV-9", LocalDate.of(2026, 1, 1), "x", null, false,
                List.of(new Journal.Line("3000", new BigDecimal("100.00"))), List.of(), BigDecimal.ZERO,
                new BigDecimal("125.00")), NS4102)).hasMessageContaining("does not balance");
    }
}

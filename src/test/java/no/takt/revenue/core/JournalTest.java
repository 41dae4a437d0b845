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
            rate -> Map.of(25, "2700", 15, "2701", 12, "2703").getOrDefault(rate.intValue(), "2700"),
            new Journal.Accounts.Other("3900", "8050", "7830", "2965"));

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

    /** The output VAT posting says its rate and base (SAF-T's TaxInformation); the others say none. */
    @Test
    void theVatPostingCarriesItsRateAndBase() {
        Journal.Entry entry = Journal.of(new Journal.Source("INV-3", LocalDate.of(2026, 12, 1), "Faktura 3", null,
                false, List.of(new Journal.Line("3000", new BigDecimal("400.00"))),
                List.of(new Journal.Vat(new BigDecimal("25"), new BigDecimal("400.00"), new BigDecimal("100.00"))),
                BigDecimal.ZERO, new BigDecimal("500.00")), NS4102);
        assertThat(entry.postings()).filteredOn(p -> p.vat() != null).singleElement().satisfies(p -> {
            assertThat(p.account()).isEqualTo("2700");
            assertThat(p.vat().base()).isEqualByComparingTo("400.00");
        });
    }

    /**
     * A reminder of 35,00 fee and 12,40 interest, a write-off of 250,00 and a refund of 100,00 of a
     * customer's credit: each against receivables, on its own account.
     */
    @Test
    void remindersWriteOffsAndRefundsPostAgainstReceivables() {
        LocalDate day = LocalDate.of(2026, 12, 14);
        assertThat(postings(Journal.charge("FEE-1", day, "Purregebyr", null, Journal.Charge.REMINDER_FEE,
                new BigDecimal("35.00"), NS4102))).containsExactly("1500 35.00 0.00", "3900 0.00 35.00");
        assertThat(postings(Journal.charge("INT-1", day, "Rente", null, Journal.Charge.INTEREST,
                new BigDecimal("12.40"), NS4102))).containsExactly("1500 12.40 0.00", "8050 0.00 12.40");
        assertThat(postings(Journal.charge("WO-1", day, "Tap", null, Journal.Charge.WRITE_OFF,
                new BigDecimal("250.00"), NS4102))).containsExactly("1500 0.00 250.00", "7830 250.00 0.00");
        assertThat(postings(Journal.charge("REF-1", day, "Tilbake", null, Journal.Charge.REFUND,
                new BigDecimal("100.00"), NS4102))).containsExactly("1500 100.00 0.00", "1920 0.00 100.00");
    }

    /**
     * A yearly 1 200,00 on 3000 billed in January (100 recognised a month) leaves 1 100 deferred at
     * January's end: 1 100 moves from sales to deferred revenue. In February 100 more is earned on
     * 3000, while 3010 bills 300 for a quarter starting 1 March (all deferred): the entry nets both.
     */
    @Test
    void aDeferralEntryMovesTheMonthsChangeInDeferredRevenue() {
        assertThat(postings(Journal.deferral("DEF-2026-01", LocalDate.of(2026, 1, 31), "Periodisering",
                Map.of("3000", new BigDecimal("1100.00")), NS4102)))
                .containsExactly("3000 1100.00 0.00", "2965 0.00 1100.00");
        Journal.Entry february = Journal.deferral("DEF-2026-02", LocalDate.of(2026, 2, 28), "Periodisering",
                new java.util.TreeMap<>(Map.of("3000", new BigDecimal("-100.00"), "3010", new BigDecimal("300.00"))),
                NS4102);
        assertThat(postings(february)).containsExactly("3000 0.00 100.00", "2965 0.00 200.00", "3010 300.00 0.00");
        assertThat(february.debit()).isEqualByComparingTo(february.credit());
        assertThat(Journal.deferral("DEF-2026-03", LocalDate.of(2026, 3, 31), "Periodisering",
                Map.of("3000", BigDecimal.ZERO.setScale(2)), NS4102)).isNull();
    }
}

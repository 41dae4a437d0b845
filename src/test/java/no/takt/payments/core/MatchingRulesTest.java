package no.takt.payments.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import no.takt.documents.core.Kid;
import no.takt.documents.core.PaymentReferences;
import no.takt.documents.core.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchingRulesTest {

    @Test
    void aKidIsUsedOnlyWhenItsCheckDigitHolds() {
        assertThat(References.of("0123450987654", null).kid()).isNull();
        String kid = Kid.of("cccccciiiiii", 12345, 98765, Kid.Algorithm.MOD10).orElseThrow();
        assertThat(References.of(kid, null).kid()).isEqualTo(kid);
        String mod11 = Kid.of("cccccciiiiii", 12345, 98765, Kid.Algorithm.MOD11).orElseThrow();
        assertThat(References.of(mod11, null).kid()).isEqualTo(mod11);
        String wrong = kid.substring(0, kid.length() - 1) + ((kid.charAt(kid.length() - 1) - '0' + 1) % 10);
        References r = References.of(wrong, "Faktura 98765");
        assertThat(r.kid()).isNull();
        assertThat(r.invoiceNumbers()).containsExactly(98765L);
    }

    @Test
    void aDanishFiPaymentIdCarriesTheInvoiceNumber() {
        String id = PaymentReferences.fi71PaymentId(10023);
        assertThat(References.of("+71<" + id + "+12345678<", null).fiInvoiceNumber()).isEqualTo(10023L);
        // Given bare, it is read as a KID first, and as an FI id when no invoice has that KID.
        References bare = References.of(id, null);
        assertThat(bare.kid()).isEqualTo(id);
        assertThat(bare.kidAsFi()).isEqualTo(10023L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Faktura 10023", "faktura nr. 10023", "Fakturanr: 10023", "Invoice #10023", "inv 10023 jan",
        "10023", "Betaling fakt. 10023"})
    void anInvoiceNumberInFreeTextIsFound(String text) {
        assertThat(References.of(null, text).invoiceNumbers()).containsExactly(10023L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Januar 2027", "Leie 12 mnd", "Takk for sist"})
    void numbersThatAreNotNamedAsInvoicesAreNotTaken(String text) {
        assertThat(References.of(null, text).invoiceNumbers()).isEmpty();
    }

    @Test
    void aPaymentPaysTheOldestFirstAndLeavesTheRestAsCredit() {
        Spread.Result exact = Spread.of(new BigDecimal("623.75"), List.of(new Spread.Open(1,
                new BigDecimal("623.75"))));
        assertThat(exact.parts()).containsExactly(new Spread.Part(1, new BigDecimal("623.75")));
        assertThat(exact.credit()).isEqualByComparingTo("0");

        Spread.Result part = Spread.of(new BigDecimal("100.00"), List.of(new Spread.Open(1, new BigDecimal("623.75"))));
        assertThat(part.parts()).containsExactly(new Spread.Part(1, new BigDecimal("100.00")));

        Spread.Result over = Spread.of(new BigDecimal("1000.00"), List.of(new Spread.Open(1, new BigDecimal("623.75")),
                new Spread.Open(2, BigDecimal.ZERO), new Spread.Open(3, new BigDecimal("300.00"))));
        assertThat(over.parts()).containsExactly(new Spread.Part(1, new BigDecimal("623.75")),
                new Spread.Part(3, new BigDecimal("300.00")));
        assertThat(over.credit()).isEqualByComparingTo("76.25");
    }

    /** Whatever the amounts, a spread places exactly the payment and no invoice beyond its open amount. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aSpreadPlacesThePaymentExactlyAndNeverOverpaysAnInvoice(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            List<Spread.Open> open = java.util.stream.IntStream.range(0, random.nextInt(4))
                    .mapToObj(i -> new Spread.Open(i, BigDecimal.valueOf(random.nextInt(100_000) - 10_000,
                            2))).toList();
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(200_000) + 1, 2);
            Spread.Result r = Spread.of(amount, open);
            BigDecimal placed = r.parts().stream().map(Spread.Part::amount).reduce(r.credit(), BigDecimal::add);
            assertThat(placed).isEqualByComparingTo(amount);
            for (Spread.Part p : r.parts()) {
                assertThat(p.amount()).isPositive().isLessThanOrEqualTo(open.get((int) p.id()).open());
            }
        }
    }

    @Test
    void anInvoiceStandsAsItsCreditsAndPaymentsLeaveIt() {
        LocalDate due = LocalDate.of(2027, 1, 15);
        BigDecimal total = new BigDecimal("623.75");
        BigDecimal zero = BigDecimal.ZERO;
        assertThat(Standing.of(total, zero, zero, due, due)).isEqualTo(new Standing(total,
                Standing.PaymentStatus.UNPAID, false));
        assertThat(Standing.of(total, zero, zero, due, due.plusDays(1)).overdue()).isTrue();
        assertThat(Standing.of(total, zero, new BigDecimal("100"), due, due).paymentStatus())
                .isEqualTo(Standing.PaymentStatus.PARTLY_PAID);
        assertThat(Standing.of(total, zero, total, due, due.plusDays(30))).isEqualTo(new Standing(
                new BigDecimal("0.00"), Standing.PaymentStatus.PAID, false));
        assertThat(Standing.of(total, total, zero, due,
                due).paymentStatus()).isEqualTo(Standing.PaymentStatus.CREDITED);
        Standing overpaid = Standing.of(total, total, new BigDecimal("623.75"), due, due.plusDays(40));
        assertThat(overpaid.paymentStatus()).isEqualTo(Standing.PaymentStatus.OVERPAID);
        assertThat(overpaid.openAmount()).isEqualByComparingTo("-623.75");
        assertThat(overpaid.overdue()).isFalse();
    }

    @Test
    void receivablesAgeByDaysPastDue() {
        LocalDate due = LocalDate.of(2027, 1, 15);
        assertThat(Ageing.of(due, due)).isEqualTo(Ageing.NOT_DUE);
        assertThat(Ageing.of(due, due.plusDays(1))).isEqualTo(Ageing.DAYS_1_30);
        assertThat(Ageing.of(due, due.plusDays(30))).isEqualTo(Ageing.DAYS_1_30);
        assertThat(Ageing.of(due, due.plusDays(31))).isEqualTo(Ageing.DAYS_31_60);
        assertThat(Ageing.of(due, due.plusDays(61))).isEqualTo(Ageing.DAYS_61_90);
        assertThat(Ageing.of(due, due.plusDays(91))).isEqualTo(Ageing.OVER_90);
    }
}

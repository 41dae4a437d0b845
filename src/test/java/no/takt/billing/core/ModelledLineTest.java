package no.takt.billing.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.takt.documents.Document;
import no.takt.money.LineTerms;
import no.takt.money.PriceModel;
import no.takt.money.SubscriberTerms;
import org.junit.jupiter.api.Test;

class ModelledLineTest {

    private static final Document.Line.Text STRØM = Document.Line.Text.of("Strøm", null);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static LineTerms line(String quantity, String unitPrice, String cashDiscount) {
        return new LineTerms(d(quantity), d(unitPrice), d("0.10"), BigDecimal.ZERO, d(cashDiscount), d("25"), false,
                false, false, false);
    }

    private static List<String> shown(List<ModelledLine.Part> parts) {
        return parts.stream().map(p -> p.text().description() + " | " + p.priced().quantity().stripTrailingZeros()
                .toPlainString() + " × " + p.priced().unitPrice().toPlainString() + " = " + p.priced().sumExclVat())
                .toList();
    }

    private static final PriceModel GRADUATED = new PriceModel(PriceModel.Type.GRADUATED, List.of(
            new PriceModel.Tier(d("1000"), d("1.00"), null), new PriceModel.Tier(null, d("0.80"), d("25.00"))), null,
            null);

    /** The 1 250 kWh: a document line per tier, and one for the second tier's flat fee. */
    @Test
    void aGraduatedLineIsALinePerTierReachedAndItsFee() {
        List<ModelledLine.Part> parts = ModelledLine.of(STRØM, line("1250", "0", "0"), GRADUATED,
                SubscriberTerms.NONE, 2, "nb").orElseThrow();
        assertThat(shown(parts)).containsExactly("1–1\u00a0000 | 1000 × 1.00 = 1000.00",
                "1\u00a0001–1\u00a0250 | 250 × 0.80 = 200.00", "1\u00a0001–1\u00a0250 fast beløp | 1 × 25.00 = 25.00");
        assertThat(parts).extracting(ModelledLine.Part::fee).containsExactly(false, false, true);
        assertThat(parts.stream().map(p -> p.priced().sumExclVat()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1225.00");
    }

    /**
     * A subscriber with 10 % off and 50,00 cash discount: the percentage on every part, the cash
     * discount once, on the first part with an amount; the included 100 first, at nothing.
     */
    @Test
    void includedUnitsComeFirstAndTheSubscribersDiscountsApplyOnce() {
        PriceModel withIncluded = new PriceModel(PriceModel.Type.GRADUATED, GRADUATED.tiers(), null, d("100"));
        SubscriberTerms tenPercent = new SubscriberTerms(BigDecimal.ONE, null, d("10"), d("50.00"), false, false);
        List<ModelledLine.Part> parts = ModelledLine.of(STRØM, line("1250", "0", "0"), withIncluded, tenPercent, 2,
                "en").orElseThrow();
        assertThat(shown(parts)).containsExactly("1–100 included | 100 × 0 = 0.00",
                "101–1,100 | 1000 × 1.00 = 850.00", "1,101–1,250 | 150 × 0.80 = 108.00",
                "1,101–1,250 flat fee | 1 × 25.00 = 22.50");
    }

    /** 250 units in packages of 100 at the subscriber's special price of 39,00 instead of 49,00. */
    @Test
    void packagesTakeTheSubscribersSpecialPrice() {
        PriceModel packages = new PriceModel(PriceModel.Type.PACKAGE, List.of(), d("100"), null);
        SubscriberTerms special = new SubscriberTerms(BigDecimal.ONE, d("39.00"), null, null, false, false);
        assertThat(shown(ModelledLine.of(STRØM, line("250", "49.00", "0"), packages, special, 2, "nb").orElseThrow()))
                .containsExactly("1–250: 3 pakker à 100 | 3 × 39.00 = 117.00");
    }

    @Test
    void aPerUnitLineStaysOneLineAndAFactorOfNoneDropsIt() {
        List<ModelledLine.Part> parts = ModelledLine.of(STRØM, line("3", "449.00", "0"), PriceModel.PER_UNIT,
                SubscriberTerms.NONE, 2, "nb").orElseThrow();
        assertThat(parts).hasSize(1);
        assertThat(parts.getFirst().text()).isEqualTo(STRØM);
        assertThat(parts.getFirst().priced().sumExclVat()).isEqualByComparingTo("1347.00");
        SubscriberTerms none = new SubscriberTerms(BigDecimal.ZERO, null, null, null, false, false);
        assertThat(ModelledLine.of(STRØM, line("3", "449.00", "0"), GRADUATED, none, 2, "nb")).isEmpty();
    }
}

package no.takt.billing.core;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import no.takt.money.LineTerms;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import org.junit.jupiter.api.Test;

class ProratedLineTest {

    private final PricedLine licence = Pricing.line(new LineTerms(new BigDecimal("2"), new BigDecimal("499"),
            new BigDecimal("120"), null, null, new BigDecimal("25"), false, false, false, false), 2);
    private final Period part = new Period(parse("2026-01-15"), parse("2026-01-31"), 17, 31, true);

    @Test
    void adjustQuantityBillsTheShareOfTheUnits() {
        PricedLine p = ProratedLine.of(licence, new BigDecimal("120"), part, BillingTerms.Proration.ADJUST_QUANTITY, 2);
        assertThat(p.quantity()).isEqualByComparingTo("1.0968");
        assertThat(p.unitPrice()).isEqualByComparingTo("499");
        assertThat(p.sumExclVat()).isEqualByComparingTo("547.30");
    }

    @Test
    void adjustPriceBillsTheShareOfThePrice() {
        PricedLine p = ProratedLine.of(licence, new BigDecimal("120"), part, BillingTerms.Proration.ADJUST_PRICE, 2);
        assertThat(p.quantity()).isEqualByComparingTo("2");
        assertThat(p.unitPrice()).isEqualByComparingTo("273.6452");
        assertThat(p.sumExclVat()).isEqualByComparingTo("547.29");
        assertThat(p.sumExclVat()).isLessThan(licence.sumExclVat());
    }

    @Test
    void fullPeriodsAndTheFullPeriodRuleChangeNothing() {
        assertThat(ProratedLine.of(licence, BigDecimal.ZERO, part, BillingTerms.Proration.FULL_PERIOD, 2)).isSameAs(licence);
        Period full = new Period(parse("2026-02-01"), parse("2026-02-28"), 28, 28, false);
        assertThat(ProratedLine.of(licence, BigDecimal.ZERO, full, BillingTerms.Proration.ADJUST_QUANTITY, 2))
                .isSameAs(licence);
    }
}

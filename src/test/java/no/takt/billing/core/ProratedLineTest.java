package no.takt.billing.core;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import no.takt.money.LineTerms;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * For any line and part period: the prorated amount never exceeds the full amount's share of the
     * days covered (beyond the rounding of quantity or price to 4 decimals and of the sum to øre),
     * and never the full amount. The cash discount is kept whole, which only lowers it.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aProratedLineNeverCostsMoreThanTheDaysItCovers(long seed) {
        Random random = new Random(seed);
        BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(5000), random.nextInt(3));
        BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2);
        BigDecimal percent = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(5000), 2);
        BigDecimal cash = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(1000), 2);
        PricedLine full = Pricing.line(new LineTerms(quantity, price, BigDecimal.ZERO, percent, cash,
                new BigDecimal("25"), false, false, false, false), 2);
        int periodDays = 28 + random.nextInt(340);
        int charged = 1 + random.nextInt(periodDays - 1);
        Period part = new Period(parse("2026-01-01"), parse("2026-01-01").plusDays(charged - 1), charged, periodDays,
                true);
        BillingTerms.Proration mode = random.nextBoolean() ? BillingTerms.Proration.ADJUST_QUANTITY
                : BillingTerms.Proration.ADJUST_PRICE;

        PricedLine prorated = ProratedLine.of(full, BigDecimal.ZERO, part, mode, 2);

        BigDecimal rounding = new BigDecimal("0.00005").multiply(mode == BillingTerms.Proration.ADJUST_QUANTITY
                ? price : quantity).add(new BigDecimal("0.01"));
        assertThat(prorated.sumExclVat())
                .isLessThanOrEqualTo(full.sumExclVat().max(BigDecimal.ZERO).multiply(part.share()).add(rounding))
                .isLessThanOrEqualTo(full.sumExclVat().max(BigDecimal.ZERO).add(new BigDecimal("0.01")));
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }
}

package no.takt.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The eight "Problem" examples of seed 003, with exact amounts, and the rules they stand for. */
class PricingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A line of 1 licence at 499, cost 120, 25 % VAT, with the given locks (quantity, price, percent, cash). */
    private static LineTerms line(String quantity, String price, boolean q, boolean p, boolean pct, boolean cash) {
        return new LineTerms(d(quantity), d(price), d("120"), BigDecimal.ZERO, BigDecimal.ZERO, d("25"), q, p, pct, cash);
    }

    private static SubscriberTerms factor(String f) {
        return new SubscriberTerms(QuantityFactor.parse(f).orElseThrow(), null, null, null, false, false);
    }

    private static PricedLine priced(LineTerms line, SubscriberTerms subscriber) {
        return Pricing.line(line, subscriber, 2).orElseThrow();
    }

    @Test
    void problem1QuantitiesFollowTheCustomersActiveUsers() {
        SubscriberTerms sevenUsers = factor("7");
        PricedLine licence = priced(line("1", "499", false, true, true, true), sevenUsers);
        PricedLine storage = priced(line("2", "79", false, true, true, true), sevenUsers);
        assertThat(licence.quantity()).isEqualByComparingTo("7");
        assertThat(licence.sumExclVat()).isEqualByComparingTo("3493.00");
        assertThat(storage.quantity()).isEqualByComparingTo("14");
        assertThat(storage.sumExclVat()).isEqualByComparingTo("1106.00");
    }

    @Test
    void problem2OnlyOneLineFollowsTheEmployees() {
        SubscriberTerms twelveEmployees = factor("12");
        assertThat(priced(line("1", "99", false, true, true, true), twelveEmployees).sumExclVat())
                .isEqualByComparingTo("1188.00");
        assertThat(priced(line("1", "1500", true, true, true, true), twelveEmployees).sumExclVat())
                .isEqualByComparingTo("1500.00");
    }

    @Test
    void problem3TwentyPercentOnTheWholeSubscription() {
        SubscriberTerms special = new SubscriberTerms(null, null, d("20"), null, false, false);
        PricedLine a = priced(line("1", "499", true, true, false, true), special);
        PricedLine b = priced(line("3", "99", true, true, false, true), special);
        assertThat(a.sumExclVat()).isEqualByComparingTo("399.20");
        assertThat(b.sumExclVat()).isEqualByComparingTo("237.60");
        assertThat(a.percentDiscount()).isEqualByComparingTo("20");
    }

    @Test
    void problem4HundredKronerOffLineOneOnly() {
        SubscriberTerms special = new SubscriberTerms(null, null, null, d("100"), false, false);
        assertThat(priced(line("1", "499", true, true, true, false), special).sumExclVat()).isEqualByComparingTo("399.00");
        assertThat(priced(line("1", "1500", true, true, true, true), special).sumExclVat()).isEqualByComparingTo("1500.00");
    }

    @Test
    void problem5ALineDroppedByAFactorOfZero() {
        SubscriberTerms zero = factor("0");
        assertThat(Pricing.line(line("1", "1500", false, true, true, true), zero, 2)).isEmpty();
        assertThat(Pricing.line(line("1", "499", true, true, true, true), zero, 2)).isPresent();
    }

    @Test
    void problem6TenUnitsOfLineThreeFromAFactorOfTenThirds() {
        PricedLine line = priced(line("3", "250", false, true, true, true), factor("10/3"));
        assertThat(line.quantity()).isEqualByComparingTo("10");
        assertThat(line.quantity().scale()).isEqualTo(Pricing.QUANTITY_SCALE);
        assertThat(line.sumExclVat()).isEqualByComparingTo("2500.00");
    }

    @Test
    void problem7NoInvoiceFeeForOneSubscriber() {
        SubscriberTerms noFee = new SubscriberTerms(null, BigDecimal.ZERO, null, null, false, false);
        LineTerms fee = new LineTerms(BigDecimal.ONE, d("49"), BigDecimal.ZERO, null, null, d("25"), true, false, true, true);
        assertThat(priced(fee, noFee).sumInclVat()).isEqualByComparingTo("0.00");
        assertThat(priced(line("1", "499", true, true, true, true), noFee).sumExclVat()).isEqualByComparingTo("499.00");
        assertThat(priced(fee, SubscriberTerms.NONE).sumInclVat()).isEqualByComparingTo("61.25");
    }

    @Test
    void problem8NoVatForASubscriberOnSvalbard() {
        SubscriberTerms svalbard = new SubscriberTerms(null, null, null, null, false, true);
        PricedLine line = priced(line("1", "499", true, true, true, true), svalbard);
        assertThat(line.vat()).isEqualByComparingTo("0.00");
        assertThat(line.sumInclVat()).isEqualByComparingTo("499.00");
        assertThat(line.vatRate()).isEqualByComparingTo("0");
    }

    @Test
    void expiredSpecialDiscountsGiveWayToTheLinesOwn() {
        LineTerms line = new LineTerms(BigDecimal.ONE, d("1000"), BigDecimal.ZERO, d("5"), BigDecimal.ZERO, d("25"),
                false, false, false, false);
        SubscriberTerms expired = new SubscriberTerms(null, d("800"), d("20"), d("10"), true, false);
        PricedLine p = priced(line, expired);
        assertThat(p.unitPrice()).isEqualByComparingTo("800");
        assertThat(p.percentDiscount()).isEqualByComparingTo("5");
        assertThat(p.sumExclVat()).isEqualByComparingTo("760.00");
    }

    @Test
    void marginAndMarginPercent() {
        PricedLine p = Pricing.line(new LineTerms(d("2"), d("499"), d("120"), d("10"), d("18.20"), d("25"), false,
                false, false, false), 2);
        assertThat(p.sumExclVat()).isEqualByComparingTo("880.00");
        assertThat(p.margin()).isEqualByComparingTo("640.00");
        assertThat(p.marginPercent()).isEqualByComparingTo("72.73");
        assertThat(p.sumInclVat()).isEqualByComparingTo("1100.00");
    }

    @Test
    void documentTotalsSumVatPerRateAndRoundCashSeparately() {
        List<PricedLine> lines = List.of(
                Pricing.line(new LineTerms(BigDecimal.ONE, d("99.90"), null, null, null, d("25"), false, false, false, false), 2),
                Pricing.line(new LineTerms(BigDecimal.ONE, d("349.30"), null, null, null, d("15"), false, false, false, false), 2),
                Pricing.line(new LineTerms(BigDecimal.ONE, d("449"), null, null, null, d("0"), false, false, false, false), 2));
        DocumentTotals totals = DocumentTotals.of(lines, CashRounding.WHOLE, 2);
        assertThat(totals.sumExclVat()).isEqualByComparingTo("898.20");
        assertThat(totals.vatBreakdown()).extracting(DocumentTotals.VatLine::vat)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("0.00"), d("52.40"), d("24.98"));
        assertThat(totals.totalVat()).isEqualByComparingTo("77.38");
        assertThat(totals.rounding()).isEqualByComparingTo("0.42");
        assertThat(totals.totalInclVat()).isEqualByComparingTo("976.00");
        assertThat(DocumentTotals.of(lines, CashRounding.HALF, 2).totalInclVat()).isEqualByComparingTo("975.50");
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 200).boxed();
    }

    /** For any line quantity x (whole or with decimals), a factor of n/x bills exactly n units. */
    @ParameterizedTest
    @MethodSource("seeds")
    void fractionalFactorsGiveExactQuantities(int seed) {
        Random random = new Random(seed);
        BigDecimal x = BigDecimal.valueOf(1 + random.nextInt(9999), random.nextInt(3));
        int n = random.nextInt(5000);
        SubscriberTerms subscriber = factor(n + "/" + x.toPlainString());
        Optional<PricedLine> priced = Pricing.line(new LineTerms(x, d("10"), null, null, null, d("25"), false, true,
                true, true), subscriber, 2);
        if (n == 0) {
            assertThat(priced).isEmpty();
        } else {
            assertThat(priced.orElseThrow().quantity()).isEqualByComparingTo(BigDecimal.valueOf(n));
        }
    }

    /** The sum of a line is never more than quantity × price and never moves by more than half an øre from the exact value. */
    @ParameterizedTest
    @MethodSource("seeds")
    void sumsAreRoundedHalfUpFromTheExactValue(int seed) {
        Random random = new Random(seed + 1000L);
        BigDecimal quantity = BigDecimal.valueOf(random.nextInt(100000), 3);
        BigDecimal price = BigDecimal.valueOf(random.nextInt(1000000), 4);
        BigDecimal percent = BigDecimal.valueOf(random.nextInt(10001), 2);
        PricedLine p = Pricing.line(new LineTerms(quantity, price, null, percent, null, d("25"), false, false, false,
                false), 2);
        BigDecimal exact = quantity.multiply(price).multiply(BigDecimal.valueOf(100).subtract(percent))
                .divide(BigDecimal.valueOf(100));
        assertThat(p.sumExclVat()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
        assertThat(p.sumExclVat().subtract(exact).abs()).isLessThanOrEqualTo(d("0.005"));
        assertThat(p.sumInclVat()).isEqualByComparingTo(p.sumExclVat().add(p.vat()));
    }

    @Test
    void parsesFactorsAsPeopleWriteThem() {
        assertThat(QuantityFactor.parse("10/3")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("3.333333333333"));
        assertThat(QuantityFactor.parse("1,5")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1.5"));
        assertThat(QuantityFactor.parse(" 4 ")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("4"));
        assertThat(QuantityFactor.parse(null)).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
        assertThat(QuantityFactor.parse("1/0")).isEmpty();
        assertThat(QuantityFactor.parse("abc")).isEmpty();
    }
}

package no.takt.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PriceModelTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static PriceModel.Tier tier(String upTo, String price, String fee) {
        return new PriceModel.Tier(upTo == null ? null : d(upTo), d(price), fee == null ? null : d(fee));
    }

    private static BigDecimal amount(PriceModel model, String quantity) {
        return model.price(d(quantity), d("49.00"), 2).amount();
    }

    /** The example: 1 250 kWh, the first 1 000 at 1,00 and the rest at 0,80. */
    @Test
    void graduatedPricesEachUnitAtItsTier() {
        PriceModel model = new PriceModel(PriceModel.Type.GRADUATED, List.of(tier("1000", "1.00", null),
                tier(null, "0.80", null)), null, null);
        PriceModel.Priced priced = model.price(d("1250"), null, 2);
        assertThat(priced.amount()).isEqualByComparingTo("1200.00");
        assertThat(priced.steps()).extracting(s -> s.after().toPlainString() + "-" + s.upTo().toPlainString() + " "
                + s.units().toPlainString() + " à " + s.unitPrice().toPlainString())
                .containsExactly("0-1000 1000 à 1.00", "1000-1250 250 à 0.80");
        // 100 included: 1 150 billed, 1 000 × 1,00 + 150 × 0,80
        PriceModel included = new PriceModel(PriceModel.Type.GRADUATED, model.tiers(), null, d("100"));
        assertThat(included.price(d("1250"), null, 2).amount()).isEqualByComparingTo("1120.00");
        assertThat(included.price(d("80"), null, 2).amount()).isEqualByComparingTo("0.00");
    }

    /** Up to 100 at 10,00, up to 1 000 at 8,00, beyond at 6,00 plus 50,00: the total's tier prices every unit. */
    @Test
    void volumePricesEveryUnitAtTheTierTheTotalFallsIn() {
        PriceModel model = new PriceModel(PriceModel.Type.VOLUME, List.of(tier("100", "10.00", null),
                tier("1000", "8.00", null), tier(null, "6.00", "50.00")), null, null);
        assertThat(amount(model, "100")).isEqualByComparingTo("1000.00");
        assertThat(amount(model, "101")).isEqualByComparingTo("808.00");
        assertThat(amount(model, "1000")).isEqualByComparingTo("8000.00");
        assertThat(amount(model, "1001")).isEqualByComparingTo("6056.00");
        assertThat(amount(model, "0")).isEqualByComparingTo("0.00");
    }

    /** 49,00 per started 100: 250 and 300 are three packages, 301 four. */
    @Test
    void aPackageIsPricedPerStartedBlock() {
        PriceModel model = new PriceModel(PriceModel.Type.PACKAGE, List.of(), d("100"), null);
        assertThat(amount(model, "250")).isEqualByComparingTo("147.00");
        assertThat(amount(model, "300")).isEqualByComparingTo("147.00");
        assertThat(amount(model, "301")).isEqualByComparingTo("196.00");
        assertThat(amount(model, "0.5")).isEqualByComparingTo("49.00");
        assertThat(amount(model, "0")).isEqualByComparingTo("0.00");
    }

    /** A base fee of 99,00 for the first ten units, then 5,00 each; per unit 3,5 × 449,00. */
    @Test
    void aTiersFlatFeeIsChargedOnceAUnitFallsInItAndPerUnitIsQuantityTimesPrice() {
        PriceModel model = new PriceModel(PriceModel.Type.GRADUATED, List.of(tier("10", "0", "99.00"),
                tier(null, "5.00", null)), null, null);
        assertThat(amount(model, "3")).isEqualByComparingTo("99.00");
        assertThat(amount(model, "12")).isEqualByComparingTo("109.00");
        assertThat(PriceModel.PER_UNIT.price(d("3.5"), d("449.00"), 2).amount()).isEqualByComparingTo("1571.50");
        // rounded once, at the end: 3 × 0,333 = 0,999 → 1,00
        assertThat(PriceModel.PER_UNIT.price(d("3"), d("0.333"), 2).amount()).isEqualByComparingTo("1.00");
    }

    @Test
    void aModelThatCannotPriceSaysWhyAtItsField() {
        assertThat(new PriceModel(PriceModel.Type.GRADUATED, List.of(tier("100", "1", null), tier("50", "1", null),
                tier(null, "1", null)), null, null).problems()).extracting(p -> p[0] + " " + p[1])
                .containsExactly("tiers[1].upTo error.price-model-tiers-rise");
        assertThat(new PriceModel(PriceModel.Type.VOLUME, List.of(tier(null, "1", null), tier("50", "1", null)), null,
                null).problems()).extracting(p -> p[0] + " " + p[1])
                .containsExactly("tiers[0].upTo error.price-model-limit-before-last",
                        "tiers[1].upTo error.price-model-last-unlimited");
        assertThat(new PriceModel(PriceModel.Type.PACKAGE, List.of(), BigDecimal.ZERO, d("-1")).problems())
                .extracting(p -> p[0]).containsExactly("includedUnits", "packageSize");
        assertThat(new PriceModel(PriceModel.Type.GRADUATED, List.of(), null, null).problems()).extracting(p -> p[0])
                .containsExactly("tiers");
        assertThat(PriceModel.PER_UNIT.problems()).isEmpty();
    }

    static Stream<Long> seeds() {
        return Stream.of(3L, 17L, 256L, 4711L, 2026L, 99_991L);
    }

    /** Rising bounds and prices of a random tiered model (the last tier without a limit). */
    private static List<PriceModel.Tier> tiers(Random random) {
        List<PriceModel.Tier> tiers = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        long bound = 0;
        for (int i = 0; i < n; i++) {
            bound += 1 + random.nextInt(500);
            BigDecimal price = BigDecimal.valueOf(random.nextInt(2000), 2);
            BigDecimal fee = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(10_000), 2);
            tiers.add(new PriceModel.Tier(i == n - 1 ? null : BigDecimal.valueOf(bound), price, fee));
        }
        return tiers;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aGraduatedTotalNeverFallsAsTheQuantityRises(long seed) {
        Random random = new Random(seed);
        PriceModel model = new PriceModel(PriceModel.Type.GRADUATED, tiers(random), null,
                BigDecimal.valueOf(random.nextInt(20)));
        assertThat(model.problems()).isEmpty();
        BigDecimal previous = BigDecimal.ZERO;
        for (int q = 0; q <= 2500; q += 1 + random.nextInt(7)) {
            BigDecimal amount = model.price(BigDecimal.valueOf(q), null, 2).amount();
            assertThat(amount).as("q = " + q).isGreaterThanOrEqualTo(previous);
            previous = amount;
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aVolumeTotalMovesAtItsTiersPriceBetweenBoundsAndJumpsOnlyAtThem(long seed) {
        Random random = new Random(seed);
        List<PriceModel.Tier> tiers = tiers(random);
        PriceModel model = new PriceModel(PriceModel.Type.VOLUME, tiers, null, null);
        for (int q = 1; q < 2500; q++) {
            BigDecimal here = model.price(BigDecimal.valueOf(q), null, 4).amount();
            BigDecimal next = model.price(BigDecimal.valueOf(q + 1), null, 4).amount();
            int bound = q;
            boolean atBound = tiers.stream().anyMatch(t -> t.upTo() != null && t.upTo().intValue() == bound);
            if (!atBound) {
                PriceModel.Tier tier = tiers.stream().filter(t -> t.upTo() == null || t.upTo().intValue() > bound)
                        .findFirst().orElseThrow();
                assertThat(next.subtract(here)).as("q = " + q).isEqualByComparingTo(tier.unitPrice());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aPackageTotalIsTheStartedBlocksTimesItsPrice(long seed) {
        Random random = new Random(seed);
        BigDecimal size = BigDecimal.valueOf(1 + random.nextInt(250));
        BigDecimal included = BigDecimal.valueOf(random.nextInt(50));
        PriceModel model = new PriceModel(PriceModel.Type.PACKAGE, List.of(), size, included);
        BigDecimal price = BigDecimal.valueOf(random.nextInt(100_000), 2);
        for (int i = 0; i < 200; i++) {
            BigDecimal q = BigDecimal.valueOf(random.nextInt(5_000_000), 3);
            BigDecimal billable = q.subtract(included).max(BigDecimal.ZERO);
            BigDecimal blocks = billable.divide(size, 0, RoundingMode.CEILING);
            assertThat(model.price(q, price, 2).amount()).isEqualByComparingTo(blocks.multiply(price)
                    .setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** One tier without a limit and no fee is the same as per unit. */
    @ParameterizedTest
    @MethodSource("seeds")
    void aSingleTierIsPerUnit(long seed) {
        Random random = new Random(seed);
        BigDecimal price = BigDecimal.valueOf(random.nextInt(100_000), 3);
        for (PriceModel.Type type : List.of(PriceModel.Type.GRADUATED, PriceModel.Type.VOLUME)) {
            PriceModel model = new PriceModel(type, List.of(new PriceModel.Tier(null, price, null)), null, null);
            BigDecimal q = BigDecimal.valueOf(random.nextInt(1_000_000), 2);
            assertThat(model.price(q, null, 2).amount()).isEqualByComparingTo(PriceModel.PER_UNIT.price(q, price, 2)
                    .amount());
        }
    }
}

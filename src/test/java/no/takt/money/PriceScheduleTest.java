package no.takt.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The price of a period under scheduled and applied price changes (PRODUCT.md §8). */
class PriceScheduleTest {

    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 1);

    private static PriceSchedule.Step percent(LocalDate from, String percent) {
        return new PriceSchedule.Step(from, null, new BigDecimal(percent), null);
    }

    /** The yearly index regulation: +3,1 % from 1 January; December is billed at the old price, January at the new. */
    @Test
    void aChangeAppliesFromTheFirstPeriodStartingOnOrAfterItsDate() {
        List<PriceSchedule.Step> steps = List.of(percent(JANUARY, "3.1"));
        assertThat(PriceSchedule.on(new BigDecimal("499.00"), steps, LocalDate.of(2026, 12, 1))).isEqualByComparingTo("499.00");
        assertThat(PriceSchedule.on(new BigDecimal("499.00"), steps, JANUARY)).isEqualByComparingTo("514.47");
        // a change on the 15th: the period of 1 January is before it, that of 1 February after
        List<PriceSchedule.Step> mid = List.of(new PriceSchedule.Step(LocalDate.of(2027, 1, 15), new BigDecimal("549"),
                null, null));
        assertThat(PriceSchedule.on(new BigDecimal("499.00"), mid, JANUARY)).isEqualByComparingTo("499.00");
        assertThat(PriceSchedule.on(new BigDecimal("499.00"), mid, LocalDate.of(2027, 2, 1))).isEqualByComparingTo("549");
    }

    @Test
    void anAppliedChangeRemembersThePriceBeforeForAPeriodBilledLate() {
        List<PriceSchedule.Step> steps = List.of(new PriceSchedule.Step(JANUARY, null, new BigDecimal("3.1"),
                new BigDecimal("499.00")));
        assertThat(PriceSchedule.on(new BigDecimal("514.47"), steps, LocalDate.of(2026, 12, 1))).isEqualByComparingTo("499.00");
        assertThat(PriceSchedule.on(new BigDecimal("514.47"), steps, JANUARY)).isEqualByComparingTo("514.47");
    }

    /**
     * Property: applying the changes that have come, one after another as the daily job does, moves no
     * period's price — whatever the changes, the dates and the period.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void applyingChangesMovesNoPeriodsPrice(long seed) {
        Random random = new Random(seed);
        List<PriceSchedule.Step> scheduled = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            day = day.plusDays(1 + random.nextInt(200));
            scheduled.add(random.nextBoolean() ? percent(day, BigDecimal.valueOf(random.nextInt(2000) - 500, 2).toPlainString())
                    : new PriceSchedule.Step(day, BigDecimal.valueOf(random.nextInt(100_000), 2), null, null));
        }
        BigDecimal start = BigDecimal.valueOf(10_000 + random.nextInt(90_000), 2);
        for (int applied = 0; applied <= scheduled.size(); applied++) {
            // the first `applied` changes applied in order: the line's price holds them, each remembers the one before
            List<PriceSchedule.Step> steps = new ArrayList<>();
            BigDecimal current = start;
            for (int i = 0; i < scheduled.size(); i++) {
                PriceSchedule.Step s = scheduled.get(i);
                if (i < applied) {
                    steps.add(new PriceSchedule.Step(s.effectiveDate(), s.unitPrice(), s.percent(), current));
                    current = s.changed(current);
                } else {
                    steps.add(s);
                }
            }
            for (int k = 0; k < 30; k++) {
                LocalDate period = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1200));
                assertThat(PriceSchedule.on(current, steps, period)).as("seed %d, %d applied, %s", seed, applied, period)
                        .isEqualByComparingTo(PriceSchedule.on(start, scheduled, period));
            }
        }
    }
}

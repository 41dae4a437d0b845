package no.takt.payments.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import no.takt.documents.core.ReminderNotice;
import no.takt.payments.core.ReminderRules.Claim;
import no.takt.payments.core.ReminderRules.Law;
import no.takt.payments.core.ReminderRules.Sent;
import no.takt.payments.core.ReminderRules.Settings;
import no.takt.payments.core.ReminderRules.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderRulesTest {

    private static final LocalDate DUE = LocalDate.of(2025, 1, 15);

    /** The rates of the worked examples (2025 as published; the 1 July change is made up to show one). */
    private static Rates rates() {
        return new Rates()
                .with(RateKind.NO_INKASSOSATS, LocalDate.of(2025, 1, 1), new BigDecimal("700"))
                .with(RateKind.NO_LATE_INTEREST, LocalDate.of(2025, 1, 1), new BigDecimal("12.5"))
                .with(RateKind.NO_LATE_INTEREST, LocalDate.of(2025, 7, 1), new BigDecimal("12.0"))
                .with(RateKind.NO_STANDARD_COMPENSATION, LocalDate.of(2025, 1, 1), new BigDecimal("470"))
                .with(RateKind.DK_REMINDER_FEE, LocalDate.of(2013, 3, 1), new BigDecimal("100"))
                .with(RateKind.DK_COMPENSATION, LocalDate.of(2013, 3, 1), new BigDecimal("310"))
                .with(RateKind.DK_LATE_INTEREST, LocalDate.of(2025, 1, 1), new BigDecimal("10.1"));
    }

    private static Claim claim(String open, boolean business, Sent... sent) {
        return new Claim(DUE, new BigDecimal(open), business, false, List.of(sent));
    }

    private static Optional<Step> norway(Claim claim, LocalDate day) {
        return ReminderRules.next(Law.NO, claim, day, Settings.DEFAULT, rates());
    }

    private static Sent sent(Step step, LocalDate day) {
        return new Sent(step.level(), day, step.deadline(), step.fee(), step.compensation(), step.interestTo());
    }

    @Test
    void lateInterestIsSimpleActualOver365AtTheRateInForceEachDay() {
        // 10 000,00 due 10 June 2025, reckoned to 10 July: 20 days at 12,5 % and 10 days at 12,0 %:
        // 10 000 × 0,125 × 20 / 365 = 68,4932 and 10 000 × 0,12 × 10 / 365 = 32,8767; together 101,37.
        assertThat(LateInterest.of(new BigDecimal("10000.00"), LocalDate.of(2025, 6, 10), LocalDate.of(2025, 7, 10),
                RateKind.NO_LATE_INTEREST, rates())).isEqualByComparingTo("101.37");
        // Nothing for the due date itself, one day's worth for the day after: 10 000 × 0,125 / 365 = 3,42.
        assertThat(LateInterest.of(new BigDecimal("10000.00"), DUE, DUE, RateKind.NO_LATE_INTEREST, rates()))
                .isEqualByComparingTo("0");
        assertThat(LateInterest.of(new BigDecimal("10000.00"), DUE, DUE.plusDays(1), RateKind.NO_LATE_INTEREST,
                rates())).isEqualByComparingTo("3.42");
    }

    @Test
    void aLeapYearHas366DaysOfInterest() {
        Rates leap = new Rates().with(RateKind.NO_LATE_INTEREST, LocalDate.of(2024, 1, 1), new BigDecimal("12.5"));
        // 29 February and 1 March: 100 000 × 0,125 × 2 / 366 = 68,31 (over 365 it would be 68,49).
        assertThat(LateInterest.of(new BigDecimal("100000"), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1),
                RateKind.NO_LATE_INTEREST, leap)).isEqualByComparingTo("68.31");
    }

    /** Summed span by span or day by day, the interest is the same to the øre. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void interestBySpansIsInterestByDays(long seed) {
        Random random = new Random(seed);
        Rates r = rates();
        for (int i = 0; i < 100; i++) {
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
            LocalDate to = from.plusDays(random.nextInt(60));
            BigDecimal open = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
            BigDecimal byDays = BigDecimal.ZERO;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                byDays = byDays.add(open.multiply(r.on(RateKind.NO_LATE_INTEREST, d))
                        .divide(BigDecimal.valueOf(100L * d.lengthOfYear()), 20, java.math.RoundingMode.HALF_UP));
            }
            assertThat(LateInterest.of(open, from, to, RateKind.NO_LATE_INTEREST, r))
                    .isEqualByComparingTo(byDays.setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void inNorwayTheFirstReminderComesFourteenDaysAfterTheDueDateWithAFeeOfOneTwentiethOfTheInkassosats() {
        assertThat(norway(claim("1000.00", false), DUE.plusDays(13))).isEmpty();
        Step first = norway(claim("1000.00", false), DUE.plusDays(14)).orElseThrow();
        assertThat(first.level()).isEqualTo(1);
        assertThat(first.notice()).isEqualTo(ReminderNotice.REMINDER);
        assertThat(first.fee()).isEqualByComparingTo("35.00");
        assertThat(first.deadline()).isEqualTo(DUE.plusDays(28));
        // 14 days of 12,5 % on 1 000,00: 1 000 × 0,125 × 14 / 365 = 4,79.
        assertThat(first.interest()).isEqualByComparingTo("4.79");
        assertThat(first.interestFrom()).isEqualTo(DUE.plusDays(1));
        assertThat(first.interestTo()).isEqualTo(DUE.plusDays(14));
    }

    @Test
    void inNorwayTheSecondStepComesTheDayAfterTheDeadlineAndNothingAfterIt() {
        LocalDate day = DUE.plusDays(14);
        Step first = norway(claim("1000.00", false), day).orElseThrow();
        Sent one = sent(first, day);
        assertThat(norway(claim("1000.00", false, one), first.deadline())).isEmpty();
        Step second = norway(claim("1000.00", false, one), first.deadline().plusDays(1)).orElseThrow();
        assertThat(second.level()).isEqualTo(2);
        assertThat(second.notice()).isEqualTo(ReminderNotice.COLLECTION_NOTICE);
        assertThat(second.fee()).isEqualByComparingTo("35.00");
        // Interest from the day after the first reckoning: 15 days, 1 000 × 0,125 × 15 / 365 = 5,14.
        assertThat(second.interestFrom()).isEqualTo(day.plusDays(1));
        assertThat(second.interest()).isEqualByComparingTo("5.14");
        Sent two = sent(second, first.deadline().plusDays(1));
        assertThat(norway(claim("1000.00", false, one, two), two.deadline().plusDays(30))).isEmpty();
        assertThat(ReminderRules.readyForCollection(Law.NO, claim("1000.00", false, one, two),
                two.deadline())).isFalse();
        assertThat(ReminderRules.readyForCollection(Law.NO, claim("1000.00", false, one, two),
                two.deadline().plusDays(1))).isTrue();
        assertThat(ReminderRules.readyForCollection(Law.NO, claim("0.00", false, one, two),
                two.deadline().plusDays(1))).isFalse();
    }

    @Test
    void aLongerDeadlineIsKeptAndAShorterOneRaisedToTheLaw() {
        Settings longer = new Settings(20, 21, ReminderNotice.REMINDER, false);
        assertThat(ReminderRules.next(Law.NO, claim("1", false), DUE.plusDays(19), longer, rates())).isEmpty();
        Step first = ReminderRules.next(Law.NO, claim("1", false), DUE.plusDays(20), longer, rates()).orElseThrow();
        assertThat(first.deadline()).isEqualTo(DUE.plusDays(41));
        Settings shorter = new Settings(3, 5, ReminderNotice.REMINDER, false);
        Step early = ReminderRules.next(Law.NO, claim("1", false), DUE.plusDays(14), shorter, rates()).orElseThrow();
        assertThat(early.deadline()).isEqualTo(DUE.plusDays(28));
        assertThat(ReminderRules.next(Law.NO, claim("1", false), DUE.plusDays(13), shorter, rates())).isEmpty();
        Step second = ReminderRules.next(Law.NO, claim("1", false, sent(early, DUE.plusDays(14))), DUE.plusDays(29),
                shorter, rates()).orElseThrow();
        assertThat(second.notice()).isEqualTo(ReminderNotice.REMINDER);
    }

    @Test
    void theStandardCompensationForABusinessTakesThePlaceOfTheFeesAlreadyCharged() {
        Settings compensation = new Settings(14, 14, ReminderNotice.COLLECTION_NOTICE, true);
        Step first = ReminderRules.next(Law.NO, claim("1000.00", true), DUE.plusDays(14), compensation, rates())
                .orElseThrow();
        assertThat(first.fee()).isEqualByComparingTo("0");
        assertThat(first.compensation()).isEqualByComparingTo("470.00");
        Step second = ReminderRules.next(Law.NO, claim("1000.00", true, sent(first, DUE.plusDays(14))),
                DUE.plusDays(29), compensation, rates()).orElseThrow();
        assertThat(second.fee()).isEqualByComparingTo("0");
        assertThat(second.compensation()).isEqualByComparingTo("0");
        // A reminder with a fee was sent before the option was on: the compensation is 470 − 35.
        Sent withFee = new Sent(1, DUE.plusDays(14), DUE.plusDays(28), new BigDecimal("35.00"), BigDecimal.ZERO,
                DUE.plusDays(14));
        assertThat(ReminderRules.next(Law.NO, claim("1000.00", true, withFee), DUE.plusDays(29), compensation, rates())
                .orElseThrow().compensation()).isEqualByComparingTo("435.00");
        // A consumer is never charged it.
        assertThat(ReminderRules.next(Law.NO, claim("1000.00", false), DUE.plusDays(14), compensation, rates())
                .orElseThrow().compensation()).isEqualByComparingTo("0");
    }

    @Test
    void inDenmarkThreeRemindersTenDaysApartOfAtMost100KronerAndTheCompensationOnce() {
        List<Sent> sent = new ArrayList<>();
        LocalDate day = DUE.plusDays(9);
        assertThat(ReminderRules.next(Law.DK, new Claim(DUE, new BigDecimal("500"), true, false, sent), day,
                Settings.DEFAULT, rates())).isEmpty();
        day = DUE.plusDays(10);
        for (int level = 1; level <= 3; level++) {
            Claim claim = new Claim(DUE, new BigDecimal("500"), true, false, List.copyOf(sent));
            assertThat(ReminderRules.next(Law.DK, claim, day.minusDays(1), Settings.DEFAULT, rates())).isEmpty();
            Step step = ReminderRules.next(Law.DK, claim, day, Settings.DEFAULT, rates()).orElseThrow();
            assertThat(step.level()).isEqualTo(level);
            assertThat(step.fee()).isEqualByComparingTo("100.00");
            assertThat(step.compensation()).isEqualByComparingTo(level == 1 ? "310.00" : "0");
            assertThat(step.notice()).isEqualTo(level == 3 ? ReminderNotice.COLLECTION_NOTICE : ReminderNotice.REMINDER);
            sent.add(sent(step, day));
            day = day.plusDays(10);
        }
        assertThat(ReminderRules.next(Law.DK, new Claim(DUE, new BigDecimal("500"), true, false, sent),
                day.plusDays(100), Settings.DEFAULT, rates())).isEmpty();
        // Charged already in this arrears (another invoice of the subscription): not again.
        assertThat(ReminderRules.next(Law.DK, new Claim(DUE, new BigDecimal("500"), true, true, List.of()),
                DUE.plusDays(10), Settings.DEFAULT, rates()).orElseThrow().compensation()).isEqualByComparingTo("0");
    }

    @Test
    void aRateNotKnownForTheDayStopsRatherThanGuesses() {
        Rates old = new Rates().with(RateKind.NO_INKASSOSATS, LocalDate.of(2021, 1, 1), new BigDecimal("700"))
                .with(RateKind.NO_LATE_INTEREST, LocalDate.of(2025, 1, 1), new BigDecimal("12.5"));
        assertThatThrownBy(() -> ReminderRules.next(Law.NO, claim("100", false), DUE.plusDays(14), Settings.DEFAULT,
                old))
                .isInstanceOfSatisfying(Rates.Missing.class, e -> {
                    assertThat(e.kind()).isEqualTo(RateKind.NO_INKASSOSATS);
                    assertThat(e.day()).isEqualTo(DUE.plusDays(14));
                });
        // The half-year's late interest does not hold into the next half-year.
        assertThat(old.find(RateKind.NO_LATE_INTEREST, LocalDate.of(2025, 6, 30))).isPresent();
        assertThat(old.firstMissing(RateKind.NO_LATE_INTEREST, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1)))
                .contains(LocalDate.of(2025, 7, 1));
        assertThat(rates().firstMissing(RateKind.NO_LATE_INTEREST, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1)))
                .isEmpty();
    }
}

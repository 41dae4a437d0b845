package no.takt.payments.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.takt.documents.core.ReminderNotice;

/**
 * When an open invoice is reminded, and what a reminder charges (PRODUCT.md §7), by the law of the
 * organisation's country.
 *
 * <p>Norway (inkassoloven §9, inkassoforskriften §§ 1-2, 1-3): the first reminder no earlier than 14
 * days after the due date; a fee of 1/20 of the inkassosats in force on the day it is sent; a new
 * deadline of at least 14 days; a second step (a second reminder or an inkassovarsel) only after that
 * deadline has passed, with the same fee; no more steps, so no more fees than the law allows — after
 * the second step's deadline the invoice is ready for collection. A business debtor may be charged
 * the standard compensation (forsinkelsesrenteloven § 3a) instead: the fees already charged are
 * deducted from it, and no fee follows it.
 *
 * <p>Denmark (renteloven §§ 5, 9 b): at most three reminders, at least 10 days apart (the first at
 * least 10 days after the due date), each with a fee of at most the DK_REMINDER_FEE (100 kr); the
 * third warns that collection follows; a business debtor is charged the compensation (310 kr) once
 * per running arrears.
 *
 * <p>Each reminder also charges the late interest from the day after the due date (or after the day
 * the previous reminder reckoned it to) up to and including the day it is sent.
 */
public final class ReminderRules {

    public enum Law { NO, DK }

    /** The organisation's choices within the law; below the law's minimums they are raised to them. */
    public record Settings(int firstAfterDays, int deadlineDays, ReminderNotice secondStep,
                           boolean standardCompensation) {
        public static final Settings DEFAULT = new Settings(14, 14, ReminderNotice.COLLECTION_NOTICE, false);
    }

    /** A reminder sent before for the invoice. */
    public record Sent(int level, LocalDate date, LocalDate deadline, BigDecimal fee, BigDecimal compensation,
                       LocalDate interestTo) {
    }

    /**
     * The invoice as it stands: due date, what is open, whether the debtor is a business, whether a
     * Danish compensation was charged already in this arrears, and the reminders sent, oldest first.
     */
    public record Claim(LocalDate dueDate, BigDecimal open, boolean business, boolean compensationInArrears,
                        List<Sent> sent) {
    }

    /** The reminder due now: its level, kind, deadline and charges. */
    public record Step(int level, ReminderNotice notice, LocalDate deadline, BigDecimal fee, BigDecimal interest,
                       LocalDate interestFrom, LocalDate interestTo, BigDecimal compensation) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final int NO_MIN_DAYS = 14;
    private static final int DK_MIN_DAYS = 10;

    private ReminderRules() {
    }

    public static Optional<Step> next(Law law, Claim claim, LocalDate today, Settings settings, Rates rates) {
        if (claim.open().signum() <= 0) {
            return Optional.empty();
        }
        return law == Law.NO ? norway(claim, today, settings, rates) : denmark(claim, today, settings, rates);
    }

    /** The invoices reminded to their last step whose deadline has passed: ready for collection. */
    public static boolean readyForCollection(Law law, Claim claim, LocalDate today) {
        int last = law == Law.NO ? 2 : 3;
        return claim.open().signum() > 0 && claim.sent().size() >= last
                && today.isAfter(claim.sent().getLast().deadline());
    }

    private static Optional<Step> norway(Claim claim, LocalDate today, Settings s, Rates rates) {
        List<Sent> sent = claim.sent();
        int level = sent.size() + 1;
        if (level > 2) {
            return Optional.empty();
        }
        if (level == 1 && today.isBefore(claim.dueDate().plusDays(Math.max(NO_MIN_DAYS, s.firstAfterDays())))) {
            return Optional.empty();
        }
        if (level == 2 && !today.isAfter(sent.getLast().deadline())) {
            return Optional.empty();
        }
        BigDecimal fee = rates.on(RateKind.NO_INKASSOSATS, today).divide(BigDecimal.valueOf(20), 2,
                RoundingMode.HALF_UP);
        BigDecimal compensation = ZERO;
        boolean compensated = sent.stream().anyMatch(r -> r.compensation().signum() > 0);
        if (claim.business() && s.standardCompensation()) {
            if (!compensated) {
                BigDecimal fees = sent.stream().map(Sent::fee).reduce(ZERO, BigDecimal::add);
                compensation = rates.on(RateKind.NO_STANDARD_COMPENSATION, today).subtract(fees).max(ZERO)
                        .setScale(2, RoundingMode.HALF_UP);
            }
            fee = ZERO;
        }
        ReminderNotice notice = level == 1 ? ReminderNotice.REMINDER : s.secondStep();
        return Optional.of(step(level, notice, claim, today, today.plusDays(Math.max(NO_MIN_DAYS, s.deadlineDays())),
                fee, compensation, RateKind.NO_LATE_INTEREST, rates));
    }

    private static Optional<Step> denmark(Claim claim, LocalDate today, Settings s, Rates rates) {
        List<Sent> sent = claim.sent();
        int level = sent.size() + 1;
        if (level > 3) {
            return Optional.empty();
        }
        LocalDate after = sent.isEmpty() ? claim.dueDate() : sent.getLast().date();
        if (today.isBefore(after.plusDays(DK_MIN_DAYS))) {
            return Optional.empty();
        }
        BigDecimal fee = rates.on(RateKind.DK_REMINDER_FEE, today).setScale(2, RoundingMode.HALF_UP);
        BigDecimal compensation = claim.business() && !claim.compensationInArrears()
                && sent.stream().noneMatch(r -> r.compensation().signum() > 0)
                ? rates.on(RateKind.DK_COMPENSATION, today).setScale(2, RoundingMode.HALF_UP) : ZERO;
        ReminderNotice notice = level == 3 ? ReminderNotice.COLLECTION_NOTICE : ReminderNotice.REMINDER;
        return Optional.of(step(level, notice, claim, today, today.plusDays(Math.max(DK_MIN_DAYS, s.deadlineDays())),
                fee, compensation, RateKind.DK_LATE_INTEREST, rates));
    }

    private static Step step(int level, ReminderNotice notice, Claim claim, LocalDate today, LocalDate deadline,
            BigDecimal fee, BigDecimal compensation, RateKind interestKind, Rates rates) {
        LocalDate from = claim.sent().isEmpty() ? claim.dueDate() : claim.sent().getLast().interestTo();
        BigDecimal interest = LateInterest.of(claim.open(), from, today, interestKind, rates);
        return new Step(level, notice, deadline, fee, interest, from.plusDays(1), today, compensation);
    }
}

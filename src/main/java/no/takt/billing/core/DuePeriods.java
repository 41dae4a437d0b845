package no.takt.billing.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.takt.time.Recurrence;
import no.takt.time.RecurrenceRule;
import no.takt.time.RecurrenceUnit;

/**
 * The periods due for one subscriber up to a date, given what was billed before (PRODUCT.md §4):
 * billing is in advance, a period runs from one run date to the day before the next, and a run on
 * date D bills every period that has started by D and is not billed yet (catch-up).
 *
 * <p>The first period: a subscriber who starts between two run dates of a monthly or yearly
 * frequency gets a part period from its start to the next run date, by the proration rule (its
 * share of the full period, at least the minimum invoice days, or the full period, or nothing). A
 * daily or weekly subscriber starts at the first run date on or after its start.
 *
 * <p>No period starts after the subscriber's end date, after the subscription's end date, after the
 * frequency has ended, or once the subscriber has had its number of runs.
 */
public final class DuePeriods {

    private DuePeriods() {
    }

    /**
     * @param start     the subscriber's start: its start date, else the day it was added
     * @param end       the subscriber's last possible order date, or null
     * @param billedTo  the last day billed so far, or null when nothing is billed yet
     * @param runsSoFar documents produced for the subscriber so far
     */
    public static List<Period> due(BillingTerms terms, LocalDate start, LocalDate end, LocalDate billedTo,
            int runsSoFar, LocalDate upTo) {
        RecurrenceRule frequency = terms.frequency();
        RecurrenceRule open = frequency.until(null).times(null);
        List<Period> due = new ArrayList<>();
        int runs = runsSoFar;
        LocalDate cursor = billedTo == null ? start : billedTo.plusDays(1);
        if (billedTo == null) {
            Optional<LocalDate> first = Recurrence.next(frequency, start);
            if (first.isEmpty()) {
                return due;
            }
            boolean prorates = frequency.unit() == RecurrenceUnit.MONTH || frequency.unit() == RecurrenceUnit.YEAR;
            if (!first.get().equals(start) && prorates && terms.proration() != BillingTerms.Proration.NONE) {
                Period part = partPeriod(terms, start, first.get());
                if (part.start().isAfter(upTo) || !allowed(terms, part.start(), end, runs)) {
                    return due;
                }
                due.add(part);
                runs++;
            }
            cursor = first.get();
        }
        for (Optional<LocalDate> next = Recurrence.next(frequency, cursor); next.isPresent(); ) {
            LocalDate periodStart = next.get();
            if (periodStart.isAfter(upTo) || !allowed(terms, periodStart, end, runs)) {
                break;
            }
            LocalDate nextStart = Recurrence.next(open, periodStart.plusDays(1)).orElseThrow();
            int days = (int) ChronoUnit.DAYS.between(periodStart, nextStart);
            due.add(new Period(periodStart, nextStart.minusDays(1), days, days, false));
            runs++;
            next = Recurrence.next(frequency, nextStart);
        }
        return due;
    }

    /** The part period from the start to the day before the first run date, with the share it is charged. */
    private static Period partPeriod(BillingTerms terms, LocalDate start, LocalDate firstRun) {
        RecurrenceRule f = terms.frequency();
        LocalDate fullStart = f.unit() == RecurrenceUnit.MONTH ? firstRun.minusMonths(f.interval())
                : firstRun.minusYears(f.interval());
        // A start before the frequency's first period counts from that period's start: never more than one period.
        LocalDate from = start.isBefore(fullStart) ? fullStart : start;
        int periodDays = (int) ChronoUnit.DAYS.between(fullStart, firstRun);
        int remaining = (int) ChronoUnit.DAYS.between(from, firstRun);
        int charged = switch (terms.proration()) {
            case FULL_PERIOD -> periodDays;
            default -> Math.min(periodDays, Math.max(remaining,
                    terms.minimumInvoiceDays() == null ? 1 : terms.minimumInvoiceDays()));
        };
        return new Period(from, firstRun.minusDays(1), charged, periodDays, true);
    }

    private static boolean allowed(BillingTerms terms, LocalDate periodStart, LocalDate subscriberEnd, int runs) {
        return (subscriberEnd == null || !periodStart.isAfter(subscriberEnd))
                && (terms.end() != BillingTerms.End.DATE || !periodStart.isAfter(terms.endDate()))
                && (terms.end() != BillingTerms.End.AFTER_RUNS || runs < terms.endRuns());
    }
}

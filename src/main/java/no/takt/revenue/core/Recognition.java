package no.takt.revenue.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Revenue recognition of one invoice or credit-note line (periodisering, PRODUCT.md §9): its amount
 * excl. VAT spread over the days of its service period, month by month, each month's share rounded
 * to the øre and the rounding remainder in the last month, so the months add up to the line exactly.
 *
 * <ul>
 *   <li>A line without a period is recognised on its date.</li>
 *   <li>A credit note's line (negative) is recognised over what is left of its period from its own
 *       date: months already reported stay as they were. Dated after its period, it is recognised on
 *       its date.</li>
 * </ul>
 * Pure: no clock, no database. Amounts are worked in øre as whole numbers (a report spreads
 * millions of lines).
 */
public final class Recognition {

    private Recognition() {
    }

    /**
     * A line to recognise: the amount excl. VAT (negative on a credit note), the document's date and
     * the service period (null: none).
     */
    public record Line(BigDecimal amount, LocalDate date, LocalDate periodStart, LocalDate periodEnd, boolean credit) {
    }

    /** What a line recognises in one month. */
    public record Share(YearMonth month, long minor) {

        public BigDecimal amount() {
            return BigDecimal.valueOf(minor, 2);
        }
    }

    /** The months the line is recognised in, in order, with their shares in øre. */
    public static List<Share> of(Line line) {
        long total = line.amount().setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact();
        LocalDate start = line.periodStart();
        LocalDate end = line.periodEnd();
        if (start == null || end == null || end.isBefore(start)) {
            start = line.date();
            end = line.date();
        } else if (line.credit()) {
            if (line.date().isAfter(end)) {
                start = line.date();
                end = line.date();
            } else if (line.date().isAfter(start)) {
                start = line.date();
            }
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        List<Share> shares = new ArrayList<>();
        long given = 0;
        YearMonth last = YearMonth.from(end);
        for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
            if (m.equals(last)) {
                shares.add(new Share(m, total - given));
                break;
            }
            LocalDate from = m.atDay(1).isBefore(start) ? start : m.atDay(1);
            long inMonth = ChronoUnit.DAYS.between(from, m.atEndOfMonth()) + 1;
            long share = roundedShare(total, inMonth, days);
            shares.add(new Share(m, share));
            given += share;
        }
        return shares;
    }

    /** total × part ÷ whole, rounded half away from zero, in whole øre. */
    static long roundedShare(long total, long part, long whole) {
        long magnitude = (Math.abs(total) * part * 2 + whole) / (2 * whole);
        return total < 0 ? -magnitude : magnitude;
    }
}

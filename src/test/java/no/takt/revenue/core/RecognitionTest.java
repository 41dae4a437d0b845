package no.takt.revenue.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RecognitionTest {

    private static Recognition.Line invoice(String amount, LocalDate date, LocalDate start, LocalDate end) {
        return new Recognition.Line(new BigDecimal(amount), date, start, end, false);
    }

    private static List<String> shares(Recognition.Line line) {
        return Recognition.of(line).stream().map(s -> s.month() + " " + s.amount().toPlainString()).toList();
    }

    /** 12 000,00 for 15.01.2026–14.01.2027 (365 days): 12 000 × days ÷ 365 each month, the remainder in the last. */
    @Test
    void aYearlyInvoiceFromTheFifteenthOfJanuaryIsSpreadOverItsDays() {
        assertThat(shares(invoice("12000.00", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15),
                LocalDate.of(2027, 1, 14)))).containsExactly("2026-01 558.90", "2026-02 920.55", "2026-03 1019.18",
                "2026-04 986.30", "2026-05 1019.18", "2026-06 986.30", "2026-07 1019.18", "2026-08 1019.18",
                "2026-09 986.30", "2026-10 1019.18", "2026-11 986.30", "2026-12 1019.18", "2027-01 460.27");
    }

    /** A quarter of 9 000,00 credited by 3 000,00 on 15 February: the 45 days left, none of January again. */
    @Test
    void aCreditNoteInTheMiddleOfThePeriodIsRecognisedOverWhatIsLeftOfIt() {
        Recognition.Line credit = new Recognition.Line(new BigDecimal("-3000.00"), LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), true);
        assertThat(shares(credit)).containsExactly("2026-02 -933.33", "2026-03 -2066.67");
        Recognition.Line late = new Recognition.Line(new BigDecimal("-100.00"), LocalDate.of(2026, 5, 2),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), true);
        assertThat(shares(late)).containsExactly("2026-05 -100.00");
    }

    @Test
    void aProratedFirstPeriodAndALineWithoutPeriod() {
        assertThat(shares(invoice("457.62", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 12, 31)))).containsExactly("2026-12 457.62");
        assertThat(shares(invoice("49.00", LocalDate.of(2026, 3, 1), null, null))).containsExactly("2026-03 49.00");
        // billed in arrears: over the period it covers, before its date
        assertThat(shares(invoice("310.00", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 4, 15)))).containsExactly("2026-03 155.00", "2026-04 155.00");
    }

    static Stream<Long> seeds() {
        return new Random(20261201).longs(300).boxed();
    }

    /** Whatever the line, its months add up to it to the øre, each has its sign, and they lie in its period. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theSharesAddUpToTheLineAndStayInsideItsPeriod(long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1500));
        LocalDate end = start.plusDays(random.nextInt(800));
        boolean credit = random.nextBoolean();
        BigDecimal amount = BigDecimal.valueOf(random.nextLong(1, 100_000_000) * (credit ? -1 : 1), 2);
        LocalDate date = start.plusDays(random.nextInt(900) - 100);
        List<Recognition.Share> shares = Recognition.of(new Recognition.Line(amount, date, start, end, credit));
        assertThat(shares.stream().map(Recognition.Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amount);
        assertThat(shares).allSatisfy(s -> assertThat(s.minor() * amount.signum()).isGreaterThanOrEqualTo(0));
        YearMonth first = YearMonth.from(credit && date.isAfter(start) ? (date.isAfter(end) ? date : date) : start);
        assertThat(shares.getFirst().month()).isEqualTo(first);
        assertThat(shares).extracting(Recognition.Share::month).isSorted().doesNotHaveDuplicates();
    }
}

package no.takt.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats nb = Formats.of("nb");
    private final Formats da = Formats.of("da");
    private final Formats en = Formats.of("en");

    @Test
    void amountsHaveTwoDecimalsAndGroupsInTheLanguagesWay() {
        assertThat(nb.amount(new BigDecimal("1500"))).isEqualTo("1\u00a0500,00");
        assertThat(da.amount(new BigDecimal("1250.625"))).isEqualTo("1\u00a0250,63");
        assertThat(en.amount(new BigDecimal("1500"))).isEqualTo("1,500.00");
        assertThat(nb.amount(new BigDecimal("-0.5"))).isEqualTo("-0,50");
        assertThat(nb.amount(null)).isEmpty();
    }

    /** Issue 10: 1,0192 × 449,00 = 457,62 can be checked by the reader; 1,02 × 449,00 cannot. */
    @Test
    void quantitiesKeepTheDecimalsTheyWereComputedWithUpToFour() {
        assertThat(nb.quantity(new BigDecimal("1.0192"))).isEqualTo("1,0192");
        assertThat(nb.quantity(new BigDecimal("1"))).isEqualTo("1,00");
        assertThat(nb.quantity(new BigDecimal("2.5"))).isEqualTo("2,50");
        assertThat(en.quantity(new BigDecimal("1000.125"))).isEqualTo("1,000.125");
        assertThat(new BigDecimal(nb.quantity(new BigDecimal("1.0192")).replace(',', '.'))
                .multiply(new BigDecimal("449.00")).setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("457.62");
    }

    @Test
    void percentagesAndRates() {
        assertThat(nb.percent(new BigDecimal("59.8"))).isEqualTo("59,80\u00a0%");
        assertThat(en.percent(new BigDecimal("59.8"))).isEqualTo("59.80%");
        assertThat(nb.rate(new BigDecimal("25.00"))).isEqualTo("25\u00a0%");
        assertThat(nb.rate(BigDecimal.ZERO)).isEqualTo("0\u00a0%");
        assertThat(da.rate(new BigDecimal("12.5"))).isEqualTo("12,5\u00a0%");
    }

    @Test
    void datesAndTimes() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(nb.date(day)).isEqualTo("01.12.2026");
        assertThat(da.date(day)).isEqualTo("01.12.2026");
        assertThat(en.date(day)).isEqualTo("1 Dec 2026");
        assertThat(nb.dateTime(OffsetDateTime.of(2026, 12, 1, 6, 5, 0, 0, ZoneOffset.ofHours(1))))
                .isEqualTo("01.12.2026 06:05");
    }

    @Test
    void storedValuesAreShownAsAPersonReadsThem() {
        assertThat(nb.value("499.0000")).isEqualTo("499,00");
        assertThat(nb.value("2026-01-31")).isEqualTo("31.01.2026");
        assertThat(nb.value("true")).isEqualTo("ja");
        assertThat(en.value("false")).isEqualTo("no");
        assertThat(da.value("false")).isEqualTo("nej");
        assertThat(nb.value("Gate 1")).isEqualTo("Gate 1");
        assertThat(nb.value(null)).isEmpty();
        assertThat(nb.value("unitPrice", "1499")).isEqualTo("1\u00a0499,00");
        assertThat(nb.value("quantity", "2")).isEqualTo("2");
    }

    @Test
    void countsAreGroupedAndEditValuesAreNot() {
        assertThat(nb.integer(1000)).isEqualTo("1\u00a0000");
        assertThat(en.integer(10026L)).isEqualTo("10,026");
        assertThat(nb.decimal(new BigDecimal("1500.00"))).isEqualTo("1500,00");
        assertThat(en.decimal(new BigDecimal("1500.00"))).isEqualTo("1500.00");
        assertThat(nb.decimal(new BigDecimal("1250.5000"))).isEqualTo("1250,50");
        assertThat(nb.decimal(new BigDecimal("3.3333333333330000"))).isEqualTo("3,333333333333");
        assertThat(nb.decimal(new BigDecimal("1E+3"))).isEqualTo("1000,00");
    }
}

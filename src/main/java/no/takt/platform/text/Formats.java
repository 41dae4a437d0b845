package no.takt.platform.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How Takt writes numbers and dates for people, in one place for the pages, the PDFs and the mail
 * (issue 10). Norwegian and Danish: "1 500,00" (a no-break space between thousands, so that an amount
 * never breaks over two lines), "59,80 %", "01.12.2026"; English: "1,500.00",
 * "59.80%", "1 Dec 2026". Nothing here reads a clock or a request; the language is a parameter.
 *
 * <ul>
 *   <li>{@link #amount}: money, always two decimals, grouped;</li>
 *   <li>{@link #quantity}: at least two decimals and up to four, as computed (a prorated 1.0192 is
 *       not shown as 1.02, so that quantity × price gives the sum printed);</li>
 *   <li>{@link #percent}: a computed share, two decimals; {@link #rate}: a rate as set ("25 %",
 *       "12,5 %");</li>
 *   <li>{@link #integer}: counts, grouped ("1 000"); document numbers are written without grouping;</li>
 *   <li>{@link #decimal}: a value for an edit field, with the language's decimal mark and no grouping.</li>
 * </ul>
 */
public final class Formats {

    private final boolean english;
    private final boolean danish;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private Formats(Locale locale) {
        this.english = locale != null && "en".equals(locale.getLanguage());
        this.danish = locale != null && "da".equals(locale.getLanguage());
        this.symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setGroupingSeparator(english ? ',' : '\u00a0');
        this.date = english ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("dd.MM.yyyy");
        this.time = DateTimeFormatter.ofPattern("HH:mm");
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** For a language code (nb, da, en; anything else is written as Norwegian). */
    public static Formats of(String language) {
        return new Formats(language == null ? Locale.forLanguageTag("nb") : Locale.forLanguageTag(language));
    }

    public String amount(BigDecimal value) {
        return format(value, "#,##0.00");
    }

    public String quantity(BigDecimal value) {
        return format(value, "#,##0.00##");
    }

    public String percent(BigDecimal value) {
        return value == null ? "" : format(value, "#,##0.00") + (english ? "%" : "\u00a0%");
    }

    public String rate(BigDecimal value) {
        return value == null ? "" : format(value, "#,##0.##") + (english ? "%" : "\u00a0%");
    }

    public String integer(Number value) {
        return value == null ? "" : format(new BigDecimal(value.toString()), "#,##0");
    }

    /**
     * A value for an edit field: "1500,50", "3,333333333333" (no grouping, the language's decimal
     * mark, at least two decimals and no trailing zeros beyond them).
     */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shortest = value.stripTrailingZeros();
        String plain = (shortest.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : shortest).toPlainString();
        return english ? plain : plain.replace('.', ',');
    }

    /**
     * A value as stored in the audit trail, for a person: "499.00" as "499,00", "2026-01-01" as
     * "01.01.2026", true and false as yes and no; any other text as it is.
     */
    /** The same, and a whole number in a field of money ("unitPrice": "499") as an amount ("499,00"). */
    public String value(String field, String stored) {
        if (stored != null && field != null && stored.matches("-?\\d+(\\.\\d+)?")
                && field.matches("(?i).*(price|sum|amount|discount|margin|fee).*")) {
            return amount(new BigDecimal(stored));
        }
        return value(stored);
    }

    public String value(String stored) {
        if (stored == null) {
            return "";
        }
        if (stored.matches("-?\\d+\\.\\d+")) {
            return decimal(new BigDecimal(stored));
        }
        if (stored.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return date(LocalDate.parse(stored));
            } catch (java.time.format.DateTimeParseException e) {
                return stored;
            }
        }
        return switch (stored) {
            case "true" -> english ? "yes" : "ja";
            case "false" -> english ? "no" : danish ? "nej" : "nei";
            default -> stored;
        };
    }

    public String date(LocalDate value) {
        return value == null ? "" : value.format(date);
    }

    public String dateTime(OffsetDateTime value) {
        return value == null ? "" : value.format(date) + " " + value.format(time);
    }

    public String dateTime(ZonedDateTime value) {
        return value == null ? "" : dateTime(value.toOffsetDateTime());
    }

    private String format(BigDecimal value, String pattern) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}

package no.takt.documents.core;

import java.math.BigDecimal;
import no.takt.platform.text.Formats;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Special fields (spesialfelter, seed 003) in subject, order text, reference and e-mail subject and
 * text: {@code @NAME@} is replaced by the document's value; a name Takt does not know is left as
 * written (and reported when the subscription is started). Month names follow the document's
 * language — Norwegian, Danish or English — unless the field names one ({@code NO}, {@code DA},
 * {@code EN}). Amounts and dates are written as the language writes them.
 */
public final class SpecialFields {

    private static final Pattern FIELD = Pattern.compile("@([A-Z0-9]+)@");
    private static final Map<String, Function<FieldValues, String>> FIELDS = fields();

    private SpecialFields() {
    }

    public static String render(String text, FieldValues values) {
        if (text == null) {
            return null;
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Function<FieldValues, String> field = FIELDS.get(m.group(1));
            String value = field == null ? m.group() : field.apply(values);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A text of another kind than a document's (a price change's announcement): each {@code @NAME@} of
     * the values replaced, any other left as written.
     */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The text as a document of the date would have it, as far as the date alone tells: the month
     * and year fields and {@code @DATE@} filled in, every other field left as written (the list of
     * subscriptions shows "Lisens Januar" for "Lisens @MONTHSTRING@", issue 10).
     */
    public static String renderCalendar(String text, LocalDate date, String language) {
        if (text == null || date == null) {
            return text;
        }
        FieldValues values = new FieldValues(new FieldValues.Numbers("", "", ""), text, 1,
                new FieldValues.Dates(date, null, null), new FieldValues.Sums(null, null, null, null, null, null,
                        null, null), new FieldValues.Parties(null, null, null, null, null, null, null),
                new FieldValues.Project(null, null, null), language);
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            boolean calendar = name.startsWith("MONTH") || name.startsWith("YEAR") || name.equals("DATE");
            m.appendReplacement(out, Matcher.quoteReplacement(calendar && FIELDS.containsKey(name)
                    ? FIELDS.get(name).apply(values) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The {@code @NAME@} fields in the text that Takt does not know, in order of appearance. */
    public static List<String> unknown(String text) {
        if (text == null) {
            return List.of();
        }
        return FIELD.matcher(text).results().map(r -> r.group(1)).filter(n -> !FIELDS.containsKey(n)).distinct()
                .map(n -> "@" + n + "@").toList();
    }

    public static Set<String> names() {
        return FIELDS.keySet();
    }

    /** "02 2026": the document's index within the year (two digits) and the year. */
    public static String period(int index, LocalDate date) {
        return String.format("%02d %d", index, date.getYear());
    }

    private static Map<String, Function<FieldValues, String>> fields() {
        Map<String, Function<FieldValues, String>> f = new LinkedHashMap<>();
        f.put("ID", v -> v.numbers().invoiceNumber());
        f.put("INVOICEID", v -> v.numbers().invoiceNumber());
        f.put("ORDERID", v -> v.numbers().orderNumber());
        f.put("SUBJECT", FieldValues::subject);
        f.put("PERIOD", v -> period(v.periodIndex(), v.dates().date()));
        f.put("SUBJECTWITHPERIOD", v -> v.subject() + " (" + period(v.periodIndex(), v.dates().date()) + ")");
        f.put("SUMTOTAL", v -> amount(v.sums().sumTotal(), v.language()));
        f.put("SUMEXCLTAX", v -> amount(v.sums().sumExclTax(), v.language()));
        f.put("DATE", v -> date(v.dates().date(), v.language()));
        f.put("DATEDUE", v -> date(v.dates().dueDate(), v.language()));
        f.put("DATEOFDELIVERY", v -> date(v.dates().deliveryDate(), v.language()));
        f.put("CID", v -> v.numbers().customerNumber());
        f.put("ORDERREFERENCE", v -> v.parties().orderReference());
        f.put("COMPANYNAME", v -> v.parties().companyName());
        f.put("YOURREF", v -> v.parties().yourRef());
        f.put("OURREF", v -> v.parties().ourRef());
        f.put("ACCOUNTNO", v -> v.parties().accountNo());
        f.put("TAXNONE", v -> amount(v.sums().taxNone(), v.language()));
        f.put("TAXLOW", v -> amount(v.sums().taxLow(), v.language()));
        f.put("TAXMEDIUM", v -> amount(v.sums().taxMedium(), v.language()));
        f.put("TAXHIGH", v -> amount(v.sums().taxHigh(), v.language()));
        f.put("TAXSUMTOTAL", v -> amount(v.sums().taxSumTotal(), v.language()));
        f.put("CURRENCY", v -> v.sums().currency());
        f.put("INVOICEADDRESS", v -> v.parties().invoiceAddress());
        f.put("DELIVERYADDRESS", v -> v.parties().deliveryAddress());
        f.put("PROJECTID", v -> v.project().projectId());
        f.put("PROJECTCODE", v -> v.project().projectCode());
        f.put("PROJECTNAME", v -> v.project().projectName());
        months(f, "", 0);
        months(f, "NEXT", 1);
        months(f, "PREV", -1);
        f.put("YEAR", v -> String.valueOf(v.dates().date().getYear()));
        f.put("YEARNEXT", v -> String.valueOf(v.dates().date().getYear() + 1));
        f.put("YEARPREV", v -> String.valueOf(v.dates().date().getYear() - 1));
        f.put("YEARMONTHNEXT", v -> String.valueOf(YearMonth.from(v.dates().date()).plusMonths(1).getYear()));
        f.put("YEARMONTHPREV", v -> String.valueOf(YearMonth.from(v.dates().date()).minusMonths(1).getYear()));
        return Map.copyOf(f);
    }

    /** MONTH, MONTHD2, MONTHSTRING[LOWER], MONTHSTRING{NO,DA,EN}[LOWER], for this month, the next or the previous. */
    private static void months(Map<String, Function<FieldValues, String>> f, String which, int shift) {
        Function<FieldValues, Integer> month = v -> YearMonth.from(v.dates().date()).plusMonths(shift).getMonthValue();
        f.put("MONTH" + which, v -> String.valueOf(month.apply(v)));
        f.put("MONTH" + which + "D2", v -> String.format("%02d", month.apply(v)));
        f.put("MONTH" + which + "STRING", v -> MonthNames.of(v.language(), month.apply(v), true));
        f.put("MONTH" + which + "STRINGLOWER", v -> MonthNames.of(v.language(), month.apply(v), false));
        for (String language : List.of("NO", "DA", "EN")) {
            String code = language.equals("NO") ? "nb" : language.toLowerCase();
            f.put("MONTH" + which + "STRING" + language, v -> MonthNames.of(code, month.apply(v), true));
            f.put("MONTH" + which + "STRING" + language + "LOWER", v -> MonthNames.of(code, month.apply(v), false));
        }
    }

    /** As everywhere else ({@link Formats}): "1 500,00" in Norwegian and Danish, "1,500.00" in English. */
    static String amount(BigDecimal amount, String language) {
        return Formats.of(language).amount(amount);
    }

    /** "01.12.2026" in Norwegian and Danish, "1 Dec 2026" in English. */
    static String date(LocalDate date, String language) {
        return Formats.of(language).date(date);
    }

    /** Month names in Norwegian bokmål, Danish and English, capitalised or not. */
    static final class MonthNames {
        private static final List<String> NB = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
                "august", "september", "oktober", "november", "desember");
        private static final List<String> DA = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
                "august", "september", "oktober", "november", "december");
        private static final List<String> EN = List.of("january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december");

        private MonthNames() {
        }

        static String of(String language, int month, boolean capitalised) {
            List<String> names = switch (language == null ? "nb" : language) {
                case "da" -> DA;
                case "en" -> EN;
                default -> NB;
            };
            String name = names.get(month - 1);
            return capitalised ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
        }
    }
}

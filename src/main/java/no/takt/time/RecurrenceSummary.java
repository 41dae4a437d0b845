package no.takt.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A person's summary of a recurrence in Norwegian bokmål, Danish or English: "Hver måned den 1.",
 * "Every 3 months on the last day, from 2026-01-01, 12 times".
 */
public final class RecurrenceSummary {

    private RecurrenceSummary() {
    }

    public static String of(RecurrenceRule rule, String language) {
        Words w = Words.of(language);
        StringBuilder s = new StringBuilder(every(rule, w));
        switch (rule.unit()) {
            case WEEK -> s.append(w.phrases.onWeekday).append(weekday(rule.effectiveDayOfWeek(), w));
            case MONTH -> s.append(onDay(rule.effectiveDayOfMonth(), w));
            case YEAR -> s.append(onDate(rule.effectiveDayOfMonth(), Month.of(rule.effectiveMonth()), w));
            default -> {
            }
        }
        s.append(w.phrases.from).append(rule.start());
        if (rule.end() != null) {
            s.append(w.phrases.until).append(rule.end());
        }
        if (rule.occurrences() != null) {
            s.append(", ").append(rule.occurrences()).append(rule.occurrences() == 1 ? w.phrases.time : w.phrases.times);
        }
        return s.toString();
    }

    private static String every(RecurrenceRule rule, Words w) {
        String unit = switch (rule.unit()) {
            case DAY -> rule.interval() == 1 ? w.units.day : w.units.days;
            case WEEK -> rule.interval() == 1 ? w.units.week : w.units.weeks;
            case MONTH -> rule.interval() == 1 ? w.units.month : w.units.months;
            case YEAR -> rule.interval() == 1 ? w.units.year : w.units.years;
        };
        String every = rule.unit() == RecurrenceUnit.YEAR ? w.everyNeuter : w.every;
        return rule.interval() == 1 ? every + " " + unit : every + " " + rule.interval() + w.ordinal + " " + unit;
    }

    private static String onDay(int day, Words w) {
        return day == RecurrenceRule.LAST_DAY ? w.phrases.onLastDay : w.phrases.onDay + day + w.phrases.dayDot;
    }

    private static String onDate(int day, Month month, Words w) {
        String name = month.getDisplayName(TextStyle.FULL, w.locale);
        return day == RecurrenceRule.LAST_DAY ? w.phrases.onLastDayOf + name : w.phrases.onDate + day + w.phrases.dayDot + " " + name;
    }

    private static String weekday(DayOfWeek day, Words w) {
        String name = day.getDisplayName(TextStyle.FULL, w.locale);
        return w.locale.getLanguage().equals("en") ? name : name + w.phrases.weekdaySuffix;
    }

    /** The words of one language. English counts "every 3 months"; Norwegian and Danish "hver 3. måned". */
    private record Words(Locale locale, String every, String everyNeuter, String ordinal, Units units,
                         Phrases phrases) {

        /** The units, singular and plural. */
        record Units(String day, String days, String week, String weeks, String month, String months, String year,
                     String years) {
        }

        /** The phrases the summary is joined from. */
        record Phrases(String onWeekday, String weekdaySuffix, String onDay, String onDate, String dayDot,
                       String onLastDay, String onLastDayOf, String from, String until, String time, String times) {
        }

        static Words of(String language) {
            return switch (language == null ? "en" : language) {
                case "nb" -> new Words(Locale.forLanguageTag("nb"), "Hver", "Hvert", ".",
                        new Units("dag", "dag", "uke", "uke", "måned", "måned", "år", "år"),
                        new Phrases(" på ", "", " den ", " den ", ".", " den siste dagen", " den siste dagen i ", ", fra ",
                                ", til ", " gang", " ganger"));
                case "da" -> new Words(Locale.forLanguageTag("da"), "Hver", "Hvert", ".",
                        new Units("dag", "dag", "uge", "uge", "måned", "måned", "år", "år"),
                        new Phrases(" om ", "en", " den ", " den ", ".", " den sidste dag", " den sidste dag i ",
                                ", fra ", ", indtil ", " gang", " gange"));
                default -> new Words(Locale.ENGLISH, "Every", "Every", "",
                        new Units("day", "days", "week", "weeks", "month", "months", "year", "years"),
                        new Phrases(" on ", "", " on day ", " on ", "", " on the last day", " on the last day of ",
                                ", from ", ", until ", " time", " times"));
            };
        }
    }
}

package no.takt.platform.validation;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** ISO codes and identifiers shared by the master data: countries, currencies, languages, Peppol ids. */
public final class Codes {

    public static final Set<String> LANGUAGES = Set.of("nb", "da", "en");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Pattern PEPPOL_ID = Pattern.compile("\\d{4}:[A-Za-z0-9][A-Za-z0-9.:_-]{0,49}");

    private Codes() {
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The currency a customer in that country is billed in unless told otherwise. */
    public static String defaultCurrency(String country) {
        return switch (country) {
            case "NO" -> "NOK";
            case "DK", "GL", "FO" -> "DKK";
            case "SE" -> "SEK";
            case "GB" -> "GBP";
            case "US" -> "USD";
            default -> "EUR";
        };
    }

    public static String defaultLanguage(String country) {
        return switch (country) {
            case "NO" -> "nb";
            case "DK" -> "da";
            default -> "en";
        };
    }

    /**
     * A Peppol participant id, {@code scheme:identifier} (ISO 6523 ICD). For scheme 0192 (the
     * Norwegian organisation number register) the identifier must be a valid organisation number.
     */
    public static boolean isPeppolId(String id) {
        if (id == null || !PEPPOL_ID.matcher(id).matches()) {
            return false;
        }
        String[] parts = id.split(":", 2);
        return switch (parts[0]) {
            case "0192" -> OrganisationNumbers.isValid("NO", parts[1]);
            case "0184" -> OrganisationNumbers.isValid("DK", parts[1].replaceFirst("^DK", ""));
            default -> true;
        };
    }
}

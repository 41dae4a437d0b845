package no.takt.platform.validation;

/**
 * Organisation numbers: Norwegian (9 digits, MOD11 with weights 3 2 7 6 5 4 3 2, Brønnøysund) and
 * Danish CVR numbers (8 digits, weighted sum 2 7 6 5 4 3 2 1 divisible by 11). Other countries'
 * numbers are kept as written.
 */
public final class OrganisationNumbers {

    private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] DK_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private OrganisationNumbers() {
    }

    /** The number without the spaces, dots and dashes people write between digit groups. */
    public static String normalise(String number) {
        return number == null ? null : number.replaceAll("[\\s.-]", "");
    }

    public static boolean isValid(String country, String number) {
        String n = normalise(number);
        if (n == null || n.isEmpty()) {
            return false;
        }
        return switch (country == null ? "NO" : country) {
            case "NO" -> Mod11.isValid(n, NO_WEIGHTS);
            case "DK" -> isValidCvr(n);
            default -> n.length() <= 20 && n.chars().allMatch(c -> Character.isLetterOrDigit(c));
        };
    }

    public static boolean isValidNorwegian(String number) {
        return isValid("NO", number);
    }

    /** A valid Norwegian number ending with the given eight digits (for tests and demo data). */
    public static String norwegian(String firstEight) {
        int check = Mod11.checkDigit(firstEight, NO_WEIGHTS);
        return check < 0 ? null : firstEight + check;
    }

    private static boolean isValidCvr(String n) {
        if (n.length() != 8 || !n.chars().allMatch(Character::isDigit) || n.charAt(0) == '0') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (n.charAt(i) - '0') * DK_WEIGHTS[i];
        }
        return sum % 11 == 0;
    }
}

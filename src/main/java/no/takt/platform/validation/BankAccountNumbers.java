package no.takt.platform.validation;

import java.math.BigInteger;

/**
 * Bank account numbers: Norwegian BBAN (11 digits, MOD11 with weights 5 4 3 2 7 6 5 4 3 2), Danish
 * (4-digit registration number + up to 10-digit account) and IBAN (ISO 13616, mod 97).
 */
public final class BankAccountNumbers {

    private static final int[] NO_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private BankAccountNumbers() {
    }

    public static String normalise(String number) {
        return number == null ? null : number.replaceAll("[\\s.-]", "").toUpperCase();
    }

    public static boolean isValid(String country, String number) {
        String n = normalise(number);
        if (n == null || n.isEmpty() || !n.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return switch (country) {
            case "NO" -> Mod11.isValid(n, NO_WEIGHTS);
            case "DK" -> n.length() >= 5 && n.length() <= 14;
            default -> n.length() <= 20;
        };
    }

    /** A valid Norwegian account number ending the given ten digits (for tests and demo data). */
    public static String norwegian(String firstTen) {
        int check = Mod11.checkDigit(firstTen, NO_WEIGHTS);
        return check < 0 ? null : firstTen + check;
    }

    public static boolean isValidIban(String iban) {
        String n = normalise(iban);
        if (n == null || !n.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")) {
            return false;
        }
        String rearranged = n.substring(4) + n.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}

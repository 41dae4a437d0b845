package no.takt.platform.validation;

/**
 * Modulus 11 check digits as used by Norwegian organisation numbers, bank account numbers and
 * (later) KID: weights 2, 3, 4, 5, 6, 7, 2, 3, … from the right, or the fixed weights a register
 * prescribes.
 */
public final class Mod11 {

    private Mod11() {
    }

    /**
     * The check digit for the digits with the given weights (left to right), or -1 when the
     * remainder gives 10, i.e. no valid check digit exists.
     */
    public static int checkDigit(String digits, int[] weights) {
        if (digits.length() != weights.length) {
            throw new IllegalArgumentException("need " + weights.length + " digits: " + digits);
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** True when the last digit is the check digit of the others under the given weights. */
    public static boolean isValid(String number, int[] weights) {
        if (number == null || number.length() != weights.length + 1 || !number.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkDigit(number.substring(0, weights.length), weights) == number.charAt(weights.length) - '0';
    }
}

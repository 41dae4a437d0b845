package no.takt.documents.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KID (kundeidentifikasjon), the Norwegian payment reference, as Nets specifies it (OCR giro system
 * manual §5): digits and a check digit by modulus 10 (Luhn) or modulus 11 (weights 2–7 from the
 * right, remainder 1 gives "-").
 *
 * <p>Made from a format (seed 003): a run of 5–8 {@code c} is the customer number and a run of 5–8
 * {@code i} the invoice number, each zero-padded to the run's length; other digits stay as written.
 */
public final class Kid {

    public enum Algorithm { MOD10, MOD11 }

    private static final Pattern RUN = Pattern.compile("c+|i+");

    private Kid() {
    }

    /**
     * The KID for a customer and invoice, or empty when a number has more digits than its run
     * (a KID must never be cut short: the payment would be matched to someone else).
     */
    public static Optional<String> of(String format, long customerNumber, long invoiceNumber, Algorithm algorithm) {
        StringBuilder digits = new StringBuilder();
        Matcher runs = RUN.matcher(format);
        int at = 0;
        while (runs.find()) {
            digits.append(format, at, runs.start());
            long number = runs.group().charAt(0) == 'c' ? customerNumber : invoiceNumber;
            String text = Long.toString(number);
            int length = runs.end() - runs.start();
            if (text.length() > length) {
                return Optional.empty();
            }
            digits.append("0".repeat(length - text.length())).append(text);
            at = runs.end();
        }
        digits.append(format.substring(at));
        return Optional.of(digits + checkDigit(digits.toString(), algorithm));
    }

    public static String checkDigit(String digits, Algorithm algorithm) {
        return algorithm == Algorithm.MOD10 ? mod10(digits) : mod11(digits);
    }

    /** Luhn: weights 2, 1, 2, … from the right, summing the digits of the products. */
    public static String mod10(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int product = (digits.charAt(digits.length() - 1 - i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return String.valueOf((10 - sum % 10) % 10);
    }

    /** Weights 2, 3, 4, 5, 6, 7, 2, … from the right; remainder 0 gives 0, remainder 1 gives "-". */
    public static String mod11(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(digits.length() - 1 - i) - '0') * (2 + i % 6);
        }
        int remainder = sum % 11;
        return remainder == 0 ? "0" : remainder == 1 ? "-" : String.valueOf(11 - remainder);
    }

    /** True when the KID's last character is its check digit by MOD10 or by MOD11 (2–25 characters). */
    public static boolean isValid(String kid) {
        if (kid == null || kid.length() < 2 || kid.length() > 25) {
            return false;
        }
        String body = kid.substring(0, kid.length() - 1);
        String check = kid.substring(kid.length() - 1);
        if (!body.chars().allMatch(Character::isDigit) || !check.matches("[0-9-]")) {
            return false;
        }
        return check.equals(mod10(body)) || check.equals(mod11(body));
    }
}

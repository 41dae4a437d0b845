package no.takt.subscriptions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KID format (seed 003 "KID-format"): digits kept as written, a run of 5–8 {@code c} for the
 * customer number and a run of 5–8 {@code i} for the invoice number; the check digit comes after.
 * Nets accepts KIDs of up to 25 digits, so the format may have 24 characters at most.
 */
public final class KidFormat {

    public static final int MAX_LENGTH = 24;
    private static final Pattern RUN = Pattern.compile("c+|i+");

    private KidFormat() {
    }

    public static boolean isValid(String format) {
        if (format == null || format.isEmpty() || format.length() > MAX_LENGTH || !format.matches("[0-9ci]+")) {
            return false;
        }
        Matcher runs = RUN.matcher(format);
        boolean any = false;
        while (runs.find()) {
            int length = runs.end() - runs.start();
            if (length < 5 || length > 8) {
                return false;
            }
            any = true;
        }
        return any;
    }
}

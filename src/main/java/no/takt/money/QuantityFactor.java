package no.takt.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A subscriber's quantity factor (antallsfaktor), written as a number ({@code 4}, {@code 1.5}) or a
 * fraction ({@code 10/3}). Kept to 12 decimals, so that after multiplying with any line quantity
 * of realistic size and rounding to 4 decimals the result is exact: 10/3 × 3 = 10 (seed Problem 6).
 */
public final class QuantityFactor {

    public static final int SCALE = 12;

    private QuantityFactor() {
    }

    /** The factor, or empty when the text is neither a number nor a fraction with a non-zero divisor. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(BigDecimal.ONE);
        }
        String t = text.trim().replace(',', '.').replace(" ", "");
        try {
            int slash = t.indexOf('/');
            if (slash < 0) {
                return Optional.of(new BigDecimal(t).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros());
            }
            BigDecimal numerator = new BigDecimal(t.substring(0, slash));
            BigDecimal denominator = new BigDecimal(t.substring(slash + 1));
            if (denominator.signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(numerator.divide(denominator, MathContext.DECIMAL128).setScale(SCALE,
                    RoundingMode.HALF_UP).stripTrailingZeros());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}

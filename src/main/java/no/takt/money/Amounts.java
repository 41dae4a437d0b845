package no.takt.money;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;

/** Scale rules for amounts, in one place. */
public final class Amounts {

    /** Prices and quantities are stored with up to four decimals (øre fractions, 10/3 units). */
    public static final int STORED_SCALE = 4;

    private Amounts() {
    }

    /**
     * The amount as shown and answered: at least two decimals, and more only where they carry
     * value ({@code 499.0000 → 499.00}, {@code 0.1250 → 0.125}).
     */
    public static BigDecimal display(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    /** The number of decimals an input amount uses, to reject more than can be stored. */
    public static boolean fitsStoredScale(BigDecimal amount) {
        return amount == null || amount.stripTrailingZeros().scale() <= STORED_SCALE;
    }

    /** An amount summed over items (zero for none). */
    public static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The currency's minor units (2 for NOK, DKK, EUR; 0 for JPY), 2 where the currency has none. */
    public static int minorUnits(String currency) {
        int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }
}

package no.takt.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The server-side SVG bar charts' one rule: a bar's height for its amount, the tallest filling the chart. */
public final class Charts {

    /** The drawing height, in SVG units, of the tallest bar. */
    public static final int HEIGHT = 160;

    private Charts() {
    }

    /** The height of the amount's bar when {@code max} is the tallest; nothing below zero. */
    public static int height(BigDecimal amount, BigDecimal max) {
        return amount == null || max.signum() == 0 || amount.signum() <= 0 ? 0
                : amount.multiply(BigDecimal.valueOf(HEIGHT)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }
}

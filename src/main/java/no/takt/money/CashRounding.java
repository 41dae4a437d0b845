package no.takt.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Cash rounding of a document's total incl. VAT (øreavrunding). */
public enum CashRounding {
    NONE(null),
    /** To the nearest 0.50 (Danish kroner). */
    HALF(new BigDecimal("0.50")),
    /** To the nearest whole krone. */
    WHOLE(BigDecimal.ONE);

    private final BigDecimal step;

    CashRounding(BigDecimal step) {
        this.step = step;
    }

    public BigDecimal apply(BigDecimal total) {
        if (step == null) {
            return total;
        }
        return total.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
    }
}

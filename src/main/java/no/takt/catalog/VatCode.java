package no.takt.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/** A VAT code (avgiftskode), identified by its SAF-T code such as {@code 3} (25 %). */
public record VatCode(long id, String code, String name, BigDecimal rate, RateClass rateClass, boolean active,
                      int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime modifiedAt,
                      String modifiedBy) implements Identified {

    /** How the code is shown in choices: "3 – Utgående mva, høy sats (25 %)". */
    public String label() {
        return code + " – " + name + " (" + rate.stripTrailingZeros().toPlainString() + " %)";
    }
}

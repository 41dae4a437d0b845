package no.takt.billing.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * A period one document bills, in advance, both days included. {@code chargedDays} of
 * {@code periodDays} is the share of a full period's price it carries: all of it for a full
 * period, less for a prorated first part period.
 */
public record Period(LocalDate start, LocalDate end, int chargedDays, int periodDays, boolean partPeriod) {

    public BigDecimal share() {
        return BigDecimal.valueOf(chargedDays).divide(BigDecimal.valueOf(periodDays), MathContext.DECIMAL64);
    }

    public boolean full() {
        return chargedDays == periodDays;
    }
}

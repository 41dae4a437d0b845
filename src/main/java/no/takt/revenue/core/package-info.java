/**
 * The revenue rules as pure functions: {@link no.takt.revenue.core.Recognition} spreads one line
 * over the days of its period, {@link no.takt.revenue.core.RevenueReport} adds lines up into the
 * months of a report. No Spring, no SQL, no clock.
 */
@org.springframework.modulith.NamedInterface("core")
package no.takt.revenue.core;

/**
 * Money basics: amounts are {@link java.math.BigDecimal} with explicit scale and rounding, never
 * double. Later the billing core's rounding rules live here too.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.takt.money;

/**
 * The billing core: plain Java, no Spring, no SQL, no clock — every date is a parameter. Due
 * periods with proration and end criteria, KID and other payment references, special fields.
 * Other modules may use it (payments validate incoming KIDs with {@link no.takt.billing.core.Kid}).
 */
@org.springframework.modulith.NamedInterface("core")
package no.takt.billing.core;

/** Metering's pure rules: what an event contributes to its meter, and a period's aggregate. */
@org.springframework.modulith.NamedInterface("core")
package no.takt.usage.core;

/**
 * Time basics: recurrence patterns (when a subscription is due) as pure functions of dates. No
 * clock is read here; "today" is always a parameter.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.takt.time;

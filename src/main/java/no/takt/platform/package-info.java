/**
 * Platform: what every module stands on — security, the web shell, API conventions (errors, paging,
 * idempotency), the audit log, number series and shared value types. An open module: its
 * sub-packages are part of its API, and it depends on no domain module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.takt.platform;

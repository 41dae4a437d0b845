/**
 * Demo: a realistic Norwegian data set (with a few Danish and Swedish customers) loaded on request
 * with {@code --takt.demo=true}, through the same services as the API, so it is validated and
 * audited like any other data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "customers", "organisation", "platform", "subscriptions", "time"})
package no.takt.demo;

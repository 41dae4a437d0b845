/**
 * Organisation: the company's own facts printed on every document (organisasjonsfakta), its
 * employees (for "our reference" and "seller") and its bank accounts (innbetalingskonto).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package no.takt.organisation;

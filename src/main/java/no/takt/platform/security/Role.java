package no.takt.platform.security;

/**
 * The three roles. Each includes the ones below it: an ADMIN may do what BILLING may, BILLING what
 * READONLY may.
 */
public enum Role {
    /** Users, API tokens, organisation facts, VAT codes, bank accounts, employees, the audit log. */
    ADMIN,
    /** Customers, products, terms and (later) subscriptions and billing: everyday billing work. */
    BILLING,
    /** Reads everything a billing clerk sees, changes nothing. */
    READONLY;

    public String authority() {
        return "ROLE_" + name();
    }
}

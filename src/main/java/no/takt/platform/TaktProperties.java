package no.takt.platform;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Takt's own settings ({@code takt.*}).
 *
 * @param zone  the company's time zone: every date (order date, due date, run date) is a day in it
 * @param demo  load the demo data set on start when the database has no customers yet
 * @param admin the first administrator, created on first start with an empty database
 */
@ConfigurationProperties("takt")
public record TaktProperties(@DefaultValue("Europe/Oslo") ZoneId zone, boolean demo, @DefaultValue Admin admin) {

    /** @param password from {@code TAKT_ADMIN_PASSWORD}; when empty a password is generated and logged once */
    public record Admin(String password) {
    }
}

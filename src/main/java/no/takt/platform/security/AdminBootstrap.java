package no.takt.platform.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import no.takt.platform.TaktProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, creates the {@code admin} user with the password from
 * {@code TAKT_ADMIN_PASSWORD}, or a generated one that is printed on the console this once. It is
 * not logged: the log also goes to a file (and on to whatever collects logs), where a password has
 * no business. When Takt is ready it says, last on the console, where it runs and how to log in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts users;
    private final TaktProperties properties;
    private final PrintStream console;
    /** How to log in, said when Takt is ready: the generated password once, else where it came from. */
    private String howToLogIn = "Log in with your user name and password (admin's was set on the first start).";

    @Autowired
    AdminBootstrap(UserAccounts users, TaktProperties properties) {
        this(users, properties, System.out);
    }

    AdminBootstrap(UserAccounts users, TaktProperties properties, PrintStream console) {
        this.users = users;
        this.properties = properties;
        this.console = console;
    }

    /** The last thing on the console: the address, and how to log in. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String url = "http://localhost:" + env.getProperty("local.server.port", env.getProperty("server.port", "8080"))
                + env.getProperty("server.servlet.context-path", "") + "/";
        String line = "-".repeat(78);
        console.println(line + "\n  Takt is running at " + url + "\n  " + howToLogIn + "\n" + line);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = properties.admin().password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = generate();
        }
        users.create(new UserInput("admin", "Administrator", password, Role.ADMIN, true, null));
        if (generated) {
            log.warn("Created the first user 'admin' with a generated password, printed on the console only");
            console.println("Created the first user 'admin' with the generated password: " + password
                    + " (shown only this once; set TAKT_ADMIN_PASSWORD to choose it)");
            howToLogIn = "Log in as admin with the generated password " + password
                    + "\n  (shown only this once; start with TAKT_ADMIN_PASSWORD=... on an empty database to choose it)";
        } else {
            log.info("Created the first user 'admin' with the password from TAKT_ADMIN_PASSWORD");
            howToLogIn = "Log in as admin with the password from TAKT_ADMIN_PASSWORD.";
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}

package no.takt.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import no.takt.platform.TaktProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AdminBootstrapTest {

    private final UserAccounts users = mock(UserAccounts.class);

    private void start(String password) {
        new AdminBootstrap(users, new TaktProperties(ZoneId.of("Europe/Oslo"), false,
                new TaktProperties.Admin(password))).run(null);
    }

    @Test
    void createsTheAdminWithTheGivenPasswordOnAnEmptyDatabase() {
        when(users.count()).thenReturn(0L);
        start("chosen-password");
        ArgumentCaptor<UserInput> input = ArgumentCaptor.forClass(UserInput.class);
        verify(users).create(input.capture());
        assertThat(input.getValue().username()).isEqualTo("admin");
        assertThat(input.getValue().password()).isEqualTo("chosen-password");
        assertThat(input.getValue().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void generatesAStrongPasswordWhenNoneIsGiven() {
        when(users.count()).thenReturn(0L);
        start(" ");
        ArgumentCaptor<UserInput> input = ArgumentCaptor.forClass(UserInput.class);
        verify(users).create(input.capture());
        assertThat(input.getValue().password()).hasSize(16).matches("[a-zA-Z0-9]+");
    }

    @Test
    void aGeneratedPasswordGoesToTheConsoleAndNeverToTheLog() {
        when(users.count()).thenReturn(0L);
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(AdminBootstrap.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        try {
            new AdminBootstrap(users, new TaktProperties(ZoneId.of("Europe/Oslo"), false,
                    new TaktProperties.Admin(null)), new java.io.PrintStream(console, true)).run(null);
        } finally {
            logger.detachAppender(logged);
        }
        ArgumentCaptor<UserInput> input = ArgumentCaptor.forClass(UserInput.class);
        verify(users).create(input.capture());
        String password = input.getValue().password();
        assertThat(console.toString()).contains(password);
        assertThat(logged.list).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(password));
    }

    /** Issue 10: the last thing on the console says where Takt runs and how to log in. */
    @Test
    void whenReadyItSaysLastTheAddressAndHowToLogIn() {
        when(users.count()).thenReturn(0L);
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        AdminBootstrap bootstrap = new AdminBootstrap(users, new TaktProperties(ZoneId.of("Europe/Oslo"), false,
                new TaktProperties.Admin(null)), new java.io.PrintStream(console, true));
        bootstrap.run(null);
        ArgumentCaptor<UserInput> input = ArgumentCaptor.forClass(UserInput.class);
        verify(users).create(input.capture());
        org.springframework.context.support.GenericApplicationContext context =
                new org.springframework.context.support.GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource(
                "test", java.util.Map.of("local.server.port", "8123")));
        bootstrap.ready(new org.springframework.boot.context.event.ApplicationReadyEvent(
                new org.springframework.boot.SpringApplication(), new String[0], context, java.time.Duration.ZERO));
        String said = console.toString();
        String last = said.substring(said.lastIndexOf("Takt is running"));
        assertThat(last).contains("http://localhost:8123/", "admin", input.getValue().password(),
                "TAKT_ADMIN_PASSWORD");
    }

    @Test
    void leavesAnExistingInstallationAlone() {
        when(users.count()).thenReturn(3L);
        start("chosen-password");
        verify(users, never()).create(any());
    }
}

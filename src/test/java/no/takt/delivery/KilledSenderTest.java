package no.takt.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.takt.support.CuttingProxy;
import no.takt.support.Instances;
import no.takt.support.Instances.Instance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, black-box: 500 invoices by e-mail from Takt in JVMs of their own ({@link Instances}),
 * first with the mail server down, then through a proxy that cuts every eighth connection in the
 * middle of DATA, and Takt killed with SIGKILL twice while it sends and started again. Every invoice
 * arrives, and arrives once by its Message-ID (a send cut off by a kill after the server had it goes
 * again with the same Message-ID, the documented rule, and only such a one); the mail of a dead
 * instance goes on within a minute of the next one starting (db-scheduler's heartbeats as
 * configured for production).
 */
@Tag("db")
class KilledSenderTest {

    private static final int INVOICES = 500;
    private static final Pattern DELIVERY = Pattern.compile("<takt\\.(\\d+)\\.");

    @Test
    void killedTwiceWhileSendingEveryInvoiceArrivesOnceByItsMessageId() throws Exception {
        Assumptions.assumeTrue(Instances.available(), "instances share a PostgreSQL database, takt_instances");
        quietMailServer();
        int smtp = Instances.freePort();
        GreenMail server = new GreenMail(new ServerSetup(Instances.freePort(), "localhost", "smtp"));
        LocalTime noDailyRun = LocalTime.now(ZoneId.of("Europe/Oslo")).minusHours(1).withSecond(0).withNano(0);
        try (Instances instances = new Instances("--spring.mail.host=localhost", "--spring.mail.port=" + smtp,
                "--takt.delivery.interval=PT1S", "--takt.delivery.retry-after=PT2S",
                "--takt.delivery.sending-timeout=PT15S", "--takt.billing.threads=2",
                "--takt.billing.run-time=" + noDailyRun)) {
            JdbcClient jdbc = instances.jdbc();
            Instance instance = instances.start();
            instances.monthlySubscription(instance, INVOICES, "kunde.test");
            String token = instance.token();
            HttpResponse<String> run = instance.run(token, "2026-01-01").get(2, TimeUnit.MINUTES);
            assertThat(run.statusCode()).as(run.body()).isEqualTo(201);

            // the mail server is down: every invoice is tried, fails and waits for its next attempt
            await(Duration.ofMinutes(2), () -> count(jdbc, "attempts >= 1") == INVOICES);
            server.start();
            try (CuttingProxy proxy = new CuttingProxy(smtp, server.getSmtp().getPort(), 8)) {
                for (double fraction : new double[] {0.25, 0.6}) {
                    await(Duration.ofMinutes(2), () -> server.getReceivedMessages().length >= fraction * INVOICES);
                    instance.kill();
                    int atKill = server.getReceivedMessages().length;
                    assertThat(atKill).as("killed while it sent").isLessThan(INVOICES);
                    instance = instances.start();
                    long ready = System.nanoTime();
                    await(Duration.ofMinutes(2), () -> server.getReceivedMessages().length > atKill);
                    Duration resumed = Duration.ofNanos(System.nanoTime() - ready);
                    System.out.printf("killed at %d received; mail went on %d s after the next instance started%n",
                            atKill, resumed.toSeconds());
                    assertThat(resumed).as("the dead instance's mail goes on within a minute")
                            .isLessThan(Duration.ofSeconds(60));
                }
                await(Duration.ofMinutes(3), () -> count(jdbc, "status = 'SENT'") == INVOICES);
                assertThat(proxy.cut()).as("connections cut mid-DATA").isGreaterThanOrEqualTo(INVOICES / 8);
                assertEachArrivedOnce(jdbc, server.getReceivedMessages(), proxy.cut());
            }
        } finally {
            server.stop();
            Thread.setDefaultUncaughtExceptionHandler(null);
        }
    }

    /**
     * GreenMail logs every recipient it makes a mailbox for, and its threads die with the whole cut
     * message in their exception: a line for each instead.
     */
    private static void quietMailServer() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> System.err.println(thread.getName()
                + ": " + e.getMessage()));
    }

    /**
     * Every customer's address received its invoice's Message-ID and no other; a copy beyond the
     * first is only ever a delivery resumed after a kill.
     */
    private static void assertEachArrivedOnce(JdbcClient jdbc, MimeMessage[] received, int cut) throws Exception {
        Map<String, Set<String>> messageIdsTo = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : received) {
            String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            messageIdsTo.computeIfAbsent(to, t -> new HashSet<>()).add(message.getMessageID());
            copies.merge(message.getMessageID(), 1, Integer::sum);
        }
        List<String> addresses = jdbc.sql("select recipient from delivery").query(String.class).list();
        assertThat(addresses).hasSize(INVOICES);
        assertThat(messageIdsTo.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(messageIdsTo.values()).as("one Message-ID for each address").allSatisfy(ids ->
                assertThat(ids).hasSize(1));
        Set<Long> resumed = new HashSet<>(jdbc.sql("select delivery_id from delivery_attempt where outcome = 'RESUMED'")
                .query(Long.class).list());
        List<Long> repeated = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> {
            Matcher m = DELIVERY.matcher(e.getKey());
            assertThat(m.find()).as(e.getKey()).isTrue();
            return Long.parseLong(m.group(1));
        }).toList();
        System.out.printf("%d messages received for %d invoices: %d cut mid-DATA and sent again, %d resumed after"
                + " a kill, %d of them had reached the server and arrived twice with the same Message-ID%n",
                received.length, INVOICES, cut, resumed.size(), repeated.size());
        assertThat(resumed).as("deliveries arrived twice").containsAll(repeated);
    }

    private static long count(JdbcClient jdbc, String where) {
        return jdbc.sql("select count(*) from delivery where " + where).query(Long.class).single();
    }

    private static void await(Duration atMost, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", atMost).isLessThan(until);
            Thread.sleep(100);
        }
    }
}

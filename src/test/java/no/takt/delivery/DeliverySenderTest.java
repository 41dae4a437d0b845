package no.takt.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.billing.BillingFixtures;
import no.takt.support.Api;
import no.takt.support.CuttingProxy;
import no.takt.documents.DocumentService;
import no.takt.subscriptions.SubscriptionAttachments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

class DeliverySenderTest extends BillingFixtures {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3925, "localhost", "smtp"));

    @Autowired
    DeliverySender mail;

    @Autowired
    SubscriptionAttachments attachments;

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    DocumentService documents;

    @Autowired
    MailComposer composer;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    no.takt.documents.DocumentPrint print;

    @Value("${takt.delivery.outbox}")
    Path outbox;

    @Test
    void anInvoiceIsMailedOnceWithItsTextsCopiesPdfAndAttachments() throws Exception {
        String customerEmail = "kunde" + unique() + "@kunde.no";
        Fixture f = subscription(0, mailed(Map.of("emailSubject", "Faktura @INVOICEID@ for @MONTHSTRING@",
                "emailText", "Hei @COMPANYNAME@, her er faktura @INVOICEID@.",
                "cc", "kopi@fjordtakt.no", "bcc", "arkiv@fjordtakt.no")));
        long customer = customer(customerEmail);
        long terms = attachments.add(f.subscriptionId(), "vilkår.txt", "text/plain",
                "Salgsvilkår".getBytes(StandardCharsets.UTF_8)).id();
        start(f);
        run("2026-01-01");
        JsonNode invoice = documents(f.subscriptionId()).getFirst();
        // Changed after the invoice was issued: the invoice still goes with what it was issued with.
        attachments.delete(f.subscriptionId(), terms);
        attachments.add(f.subscriptionId(), "nye-vilkår.txt", "text/plain",
                "Nye vilkår".getBytes(StandardCharsets.UTF_8));
        long id = invoice.path("id").asLong();
        JsonNode queued = admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items");
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).path("status").asString()).isEqualTo("PENDING");
        assertThat(queued.get(0).path("recipient").asString()).isEqualTo(customerEmail);

        mail.sendDue();
        mail.sendDue();
        run("2026-01-01");
        mail.sendDue();

        List<MimeMessage> toCustomer = receivedBy(customerEmail);
        assertThat(toCustomer).hasSize(1);
        MimeMessage message = toCustomer.getFirst();
        String number = Long.toString(invoice.path("number").asLong());
        assertThat(message.getSubject()).isEqualTo("Faktura " + number + " for Januar");
        assertThat(((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).getAddress())
                .isEqualTo("faktura@fjordtakt.no");
        assertThat(addresses(message.getRecipients(Message.RecipientType.CC))).containsExactly("kopi@fjordtakt.no");
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(receivedBy("arkiv@fjordtakt.no")).extracting(MimeMessage::getMessageID)
                .contains(message.getMessageID());
        List<String> parts = parts(message);
        assertThat(parts).contains("Hei " + invoice.path("customerName").asString() + ", her er faktura " + number + ".",
                "invoice-" + number + ".pdf", "vilkår.txt").doesNotContain("nye-vilkår.txt");

        JsonNode sent = admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items").get(0);
        assertThat(sent.path("status").asString()).isEqualTo("SENT");
        assertThat(sent.path("log")).hasSize(1);
        assertThat(customer).isPositive();
    }

    @Test
    void aMailServerThatIsDownDelaysMailAndNeverLosesOrRepeatsIt() throws Exception {
        String customerEmail = "nede" + unique() + "@kunde.no";
        Fixture f = subscription(0, mailed(Map.of()));
        customer(customerEmail);
        start(f);
        SMTP.stop();
        run("2026-01-01");
        OffsetDateTime now = OffsetDateTime.now();
        mail.sendDue(now);
        long id = documents(f.subscriptionId()).getFirst().path("id").asLong();
        JsonNode failed = admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items").get(0);
        assertThat(failed.path("status").asString()).isEqualTo("PENDING");
        assertThat(failed.path("attempts").asInt()).isEqualTo(1);
        assertThat(failed.path("lastError").asString()).isNotBlank();
        assertThat(failed.path("log").get(0).path("outcome").asString()).isEqualTo("ERROR");

        SMTP.start();
        mail.sendDue(now.plusSeconds(30));
        assertThat(receivedBy(customerEmail)).isEmpty();
        mail.sendDue(now.plusMinutes(2));
        mail.sendDue(now.plusMinutes(60));
        assertThat(receivedBy(customerEmail)).hasSize(1);
        JsonNode sent = admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items").get(0);
        assertThat(sent.path("status").asString()).isEqualTo("SENT");
        assertThat(sent.path("attempts").asInt()).isEqualTo(2);
    }

    /** Stands for the instance dying after the mail server took the message and before Takt noted it. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash");
        }
    }

    /**
     * Issue 14: a send cut off by a kill was repeated blindly, and the dead instance held its work.
     * The delivery stays SENDING until the timeout, then goes again once, with the same Message-ID.
     */
    @Test
    void aSendCutOffBeforeItsResultWasRecordedGoesAgainOnceWithTheSameMessageIdAndNothingIsLost() throws Exception {
        List<String> emails = List.of("kutt1-" + unique() + "@kunde.no", "kutt2-" + unique() + "@kunde.no",
                "kutt3-" + unique() + "@kunde.no");
        Fixture f = invoicedByEmail(emails);
        long first = firstDocument(f);
        mail.afterSend(d -> {
            if (d.documentId() == first) {
                throw new Crash();
            }
        });
        OffsetDateTime now = OffsetDateTime.now();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mail.sendDue(now)).isInstanceOf(Crash.class);
        } finally {
            mail.afterSend(null);
        }
        JsonNode cut = admin().get("/api/v1/documents/" + first + "/deliveries").json().path("items").get(0);
        assertThat(cut.path("status").asString()).isEqualTo("SENDING");
        String cutTo = cut.path("recipient").asString();
        assertThat(emails).allSatisfy(e -> assertThat(receivedBy(e)).hasSize(1));

        mail.sendDue(now.plusMinutes(1));
        assertThat(receivedBy(cutTo)).hasSize(1);
        mail.sendDue(now.plusMinutes(6));
        mail.sendDue(now.plusMinutes(12));
        List<MimeMessage> twice = receivedBy(cutTo);
        assertThat(twice).hasSize(2);
        assertThat(twice.get(1).getMessageID()).isEqualTo(twice.get(0).getMessageID());
        JsonNode resent = admin().get("/api/v1/documents/" + first + "/deliveries").json().path("items").get(0);
        assertThat(resent.path("status").asString()).isEqualTo("SENT");
        assertThat(resent.path("log").valueStream().map(a -> a.path("outcome").asString()))
                .containsExactly("RESUMED", "SENT");
        assertThat(emails.stream().filter(e -> !e.equals(cutTo))).allSatisfy(e -> assertThat(receivedBy(e)).hasSize(1));
    }

    @Autowired
    JavaMailSender smtp;

    /** Issue 14: a mail server that accepts and never answers held the sender for ever, and everything behind it. */
    @Test
    void aMailServerThatNeverAnswersTimesOut() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0)) {
            Thread accepting = Thread.ofVirtual().start(() -> {
                List<java.net.Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            var configured = (org.springframework.mail.javamail.JavaMailSenderImpl) smtp;
            var blackHole = new org.springframework.mail.javamail.JavaMailSenderImpl();
            blackHole.setHost("localhost");
            blackHole.setPort(silent.getLocalPort());
            blackHole.setJavaMailProperties(configured.getJavaMailProperties());
            var message = new org.springframework.mail.SimpleMailMessage();
            message.setFrom("faktura@fjordtakt.no");
            message.setTo("kunde@kunde.no");
            message.setText("Hei");
            long started = System.nanoTime();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> blackHole.send(message))
                    .isInstanceOf(org.springframework.mail.MailException.class);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(15));
            assertThat(configured.getJavaMailProperties()).containsKeys("mail.smtp.connectiontimeout",
                    "mail.smtp.timeout", "mail.smtp.writetimeout");
            accepting.interrupt();
        }
    }

    /**
     * A mail server's connection cut in the middle of a message (every eighth, once the client has
     * sent more than its envelope): the message did not arrive, so it is sent again; each arrives once.
     */
    @Test
    void mailCutOffMidMessageIsSentAgainAndEachArrivesOnce() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            emails.add("avbrutt" + i + "-" + unique() + "@kunde.no");
        }
        Fixture f = invoicedByEmail(emails);
        try (CuttingProxy proxy = new CuttingProxy(SMTP.getSmtp().getPort(), 8)) {
            var through = new org.springframework.mail.javamail.JavaMailSenderImpl();
            through.setHost("localhost");
            through.setPort(proxy.port());
            through.setJavaMailProperties(((org.springframework.mail.javamail.JavaMailSenderImpl) smtp)
                    .getJavaMailProperties());
            DeliverySender sender = new DeliverySender(deliveries, documents, composer, new MailTransport(
                    new StaticListableBeanFactory(Map.of("smtp", through)).getBeanProvider(JavaMailSender.class),
                    outbox), outbox, print, transactions, java.time.Clock.systemDefaultZone(), 2,
                    java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(1));
            OffsetDateTime now = OffsetDateTime.now();
            for (int round = 0; round < 5; round++) {
                sender.sendDue(now.plusMinutes(300L * round));
            }
            assertThat(proxy.cut()).isGreaterThanOrEqualTo(2);
        }
        assertThat(emails).allSatisfy(e -> assertThat(receivedBy(e)).hasSize(1));
        assertThat(documents(f.subscriptionId())).allSatisfy(d -> assertThat(admin().get("/api/v1/documents/"
                + d.path("id").asLong() + "/deliveries").json().path("items").get(0).path("status").asString())
                .isEqualTo("SENT"));
    }

    /** One slow delivery holds its own sender thread; the others go out meanwhile. */
    @Test
    void oneSlowDeliveryDoesNotHoldTheOthers() throws Exception {
        List<String> emails = List.of("treg-" + unique() + "@kunde.no", "rask1-" + unique() + "@kunde.no",
                "rask2-" + unique() + "@kunde.no");
        Fixture f = invoicedByEmail(emails);
        long slow = firstDocument(f);
        java.util.concurrent.atomic.AtomicBoolean othersWentMeanwhile = new java.util.concurrent.atomic.AtomicBoolean();
        mail.afterSend(d -> {
            if (d.documentId() == slow) {
                long until = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
                while (System.nanoTime() < until && !othersWentMeanwhile.get()) {
                    othersWentMeanwhile.set(documents(f.subscriptionId()).stream()
                            .filter(doc -> doc.path("id").asLong() != slow)
                            .allMatch(doc -> admin().get("/api/v1/documents/" + doc.path("id").asLong()
                                    + "/deliveries").json().path("items").get(0).path("status").asString()
                                    .equals("SENT")));
                }
            }
        });
        try {
            mail.sendDue();
        } finally {
            mail.afterSend(null);
        }
        assertThat(othersWentMeanwhile).isTrue();
        assertThat(emails).allSatisfy(e -> assertThat(receivedBy(e)).hasSize(1));
    }

    /**
     * A delivery claimed late in a long batch is stamped with the time of its own claim, not the
     * batch's start: else, after the sending timeout, another instance took one still being sent
     * for cut off and sent it again.
     */
    @Test
    void aDeliveryClaimedLateInABatchIsSendingSinceItsOwnClaim() {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            emails.add("sent" + i + "-" + unique() + "@kunde.no");
        }
        Fixture f = invoicedByEmail(emails);
        mail.afterSend(d -> {
            if (emails.contains(d.recipient())) {
                sleep(600);
            }
        });
        try {
            mail.sendDue();
        } finally {
            mail.afterSend(null);
        }
        List<OffsetDateTime> sent = documents(f.subscriptionId()).stream().map(d -> OffsetDateTime.parse(admin()
                .get("/api/v1/documents/" + d.path("id").asLong() + "/deliveries").json().path("items").get(0)
                .path("sentAt").asString())).sorted().toList();
        assertThat(sent).hasSize(6);
        assertThat(java.time.Duration.between(sent.getFirst(), sent.getLast()))
                .as("the two claimed after the first four were sent (four senders)")
                .isGreaterThanOrEqualTo(java.time.Duration.ofMillis(500));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCreditNoteIsMailedLikeItsInvoiceAndDocumentsNotByEmailAreQueuedForPrint() {
        String customerEmail = "kreditt" + unique() + "@kunde.no";
        Fixture f = subscription(0, mailed(Map.of()));
        customer(customerEmail);
        Fixture paper = subscription(1, Map.of("sendByEmail", false));
        start(f);
        start(paper);
        run("2026-01-01");
        long invoice = documents(f.subscriptionId()).getFirst().path("id").asLong();
        long note = post("/api/v1/documents/" + invoice + "/credit-note", "").id();
        assertThat(admin().get("/api/v1/documents/" + note + "/deliveries").json().path("items")).hasSize(1);
        long onPaper = documents(paper.subscriptionId()).getFirst().path("id").asLong();
        assertThat(admin().get("/api/v1/documents/" + onPaper + "/deliveries").json().path("items").get(0)
                .path("channel").asString()).isEqualTo("PRINT");
        mail.sendDue();
        assertThat(receivedBy(customerEmail)).extracting(this::subject)
                .containsExactlyInAnyOrder("Faktura " + documents(f.subscriptionId()).getFirst().path("number")
                        .asLong() + " fra " + admin().get("/api/v1/organisation").json().path("name").asString(),
                        "Kreditnota " + admin().get("/api/v1/documents/" + note).json().path("number").asLong()
                                + " fra " + admin().get("/api/v1/organisation").json().path("name").asString());
    }

    @Test
    void aRunWaitingForApprovalSendsNothingUntilAPersonReleasesIt() {
        String customerEmail = "godkjenn" + unique() + "@kunde.no";
        String orderEmail = "ordre" + unique() + "@kunde.no";
        Fixture f = subscription(0, mailed(Map.of()));
        customer(customerEmail);
        Fixture orders = subscription(0, mailed(Map.of("processingStep", "SALES_ORDER")));
        customer(orderEmail);
        start(f);
        start(orders);
        Api.Response held = admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01",
                "holdForApproval", true));
        JsonNode run = held.json();
        long runId = run.path("id").asLong();
        assertThat(run.path("approval").asString()).isEqualTo("WAITING");
        long invoice = documents(f.subscriptionId()).getFirst().path("id").asLong();
        long note = post("/api/v1/documents/" + invoice + "/credit-note",
                Map.of("lines", List.of(Map.of("position", 1, "amount", 100)))).id();
        long order = documents(orders.subscriptionId()).getFirst().path("id").asLong();
        long fromOrder = post("/api/v1/documents/" + order + "/invoice", "").id();
        for (long document : List.of(invoice, note, fromOrder)) {
            assertThat(admin().get("/api/v1/documents/" + document + "/deliveries").json().path("items").get(0)
                    .path("status").asString()).isEqualTo("HELD");
        }
        mail.sendDue();
        assertThat(receivedBy(customerEmail)).isEmpty();
        assertThat(admin().get("/api/v1/billing/runs/" + runId + "/print-batch").status()).isEqualTo(409);

        Api.Response released = admin().post("/api/v1/billing/runs/" + runId + "/release", "");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().path("approval").asString()).isEqualTo("RELEASED");
        assertThat(released.json().path("releasedBy").asString()).isEqualTo("admin");
        assertThat(admin().post("/api/v1/billing/runs/" + runId + "/release", "").status()).isEqualTo(409);
        mail.sendDue();
        mail.sendDue();
        mail.sendDue();
        assertThat(receivedBy(customerEmail)).hasSize(2);
        assertThat(receivedBy(orderEmail)).hasSize(1);
    }

    @Test
    void theOrganisationCanHaveEveryRunWaitForApproval() {
        organisation("922301956", true);
        try {
            JsonNode run = admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01")).json();
            assertThat(run.path("approval").asString()).isEqualTo("WAITING");
            assertThat(admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01", "holdForApproval", false))
                    .json().path("approval").asString()).isEqualTo("NONE");
        } finally {
            organisation("922301956", false);
        }
        assertThat(admin().post("/api/v1/billing/runs", Map.of("date", "2026-01-01")).json().path("approval")
                .asString()).isEqualTo("NONE");
    }

    @Test
    void withoutAMailServerMailIsWrittenToTheOutboxFolderAndCanBeDownloaded() throws Exception {
        String customerEmail = "fil" + unique() + "@kunde.no";
        Fixture f = subscription(0, mailed(Map.of()));
        customer(customerEmail);
        start(f);
        run("2026-01-01");
        DeliverySender toFiles = new DeliverySender(deliveries, documents, composer, new MailTransport(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), outbox), outbox, print,
                transactions, java.time.Clock.systemDefaultZone(), 1, java.time.Duration.ofMinutes(5),
                java.time.Duration.ofMinutes(1));
        assertThat(toFiles.bySmtp()).isFalse();
        toFiles.sendDue();
        long id = documents(f.subscriptionId()).getFirst().path("id").asLong();
        JsonNode delivery = admin().get("/api/v1/documents/" + id + "/deliveries").json().path("items").get(0);
        assertThat(delivery.path("status").asString()).isEqualTo("SENT");
        String file = delivery.path("fileName").asString();
        assertThat(Files.readString(outbox.resolve(file), StandardCharsets.ISO_8859_1)).contains(customerEmail);
        var eml = adminByToken().download("/api/v1/deliveries/" + delivery.path("id").asLong() + "/eml");
        assertThat(eml.status()).isEqualTo(200);
        assertThat(eml.contentType()).startsWith("message/rfc822");
        assertThat(receivedBy(customerEmail)).isEmpty();
    }

    @Test
    void markupInANameOrTextReachesTheMailAsPlainTextNeverAsHtml() throws Exception {
        String customerEmail = "markup" + unique() + "@kunde.no";
        String hostile = "<script>alert(1)</script> & Søn " + unique();
        Fixture f = subscription(0, mailed(Map.of("emailText", "Hei @COMPANYNAME@, <b>takk</b>!")));
        long customer = post("/api/v1/customers", Map.of("name", hostile, "invoiceEmail", customerEmail,
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        post("/api/v1/subscriptions/" + f.subscriptionId() + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        start(f);
        run("2026-01-01");
        mail.sendDue();
        MimeMessage message = receivedBy(customerEmail).getFirst();
        assertThat(parts(message)).contains("Hei " + hostile + ", <b>takk</b>!");
        List<String> types = new ArrayList<>();
        contentTypes((Multipart) message.getContent(), types);
        assertThat(types).anyMatch(t -> t.startsWith("text/plain")).noneMatch(t -> t.contains("html"));
    }

    private static void contentTypes(Multipart multipart, List<String> found) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            found.add(part.getContentType().toLowerCase(java.util.Locale.ROOT));
            if (part.getContent() instanceof Multipart nested) {
                contentTypes(nested, found);
            }
        }
    }

    private Map<String, Object> mailed(Map<String, Object> more) {
        Map<String, Object> settings = new HashMap<>(Map.of("sendByEmail", true, "senderEmail", "faktura@fjordtakt.no",
                "senderName", "Fjordtakt Faktura"));
        settings.putAll(more);
        return settings;
    }

    /** A started subscription billed by e-mail to customers with these addresses, its first run made. */
    private Fixture invoicedByEmail(List<String> emails) {
        Fixture f = subscription(0, mailed(Map.of()));
        emails.forEach(this::customer);
        start(f);
        run("2026-01-01");
        return f;
    }

    private long firstDocument(Fixture f) {
        return documents(f.subscriptionId()).stream().mapToLong(d -> d.path("id").asLong()).min().orElseThrow();
    }

    /** A customer with this invoice e-mail, subscribed to the newest fixture subscription. */
    private long customer(String email) {
        long customer = post("/api/v1/customers", Map.of("name", unique("Kunde"), "invoiceEmail", email,
                "invoiceAddress", Map.of("street", "Gate 1", "postcode", "0150", "city", "Oslo"))).id();
        long subscription = jdbc.sql("select max(id) from subscription").query(Long.class).single();
        post("/api/v1/subscriptions/" + subscription + "/subscribers", Map.of("customerId", customer,
                "startDate", "2026-01-01"));
        return customer;
    }

    private static List<MimeMessage> receivedBy(String address) {
        return no.takt.support.Mailboxes.receivedBy(SMTP, address);
    }

    private String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
    }

    /** The text parts' content and the attachments' file names. */
    private static List<String> parts(MimeMessage message) throws Exception {
        List<String> found = new ArrayList<>();
        collect((Multipart) message.getContent(), found);
        return found;
    }

    private static void collect(Multipart multipart, List<String> found) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, found);
            } else if (part.getFileName() != null) {
                found.add(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()));
            } else {
                found.add(String.valueOf(part.getContent()).trim());
            }
        }
    }
}

package no.takt.delivery;

import no.takt.documents.Channel;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import no.takt.documents.Document;
import no.takt.documents.DocumentService;
import no.takt.documents.DocumentPrint;
import no.takt.documents.EhfValidator;
import no.takt.platform.Parallel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due with {@code takt.delivery.senders} threads, each delivery in three steps: it is
 * claimed as SENDING in a committed transaction of its own ({@code SKIP LOCKED}, so threads and
 * instances share the work), sent with no transaction or lock held, and its result recorded in
 * another. A slow mail server holds one thread, at most for the SMTP timeouts, never the others or
 * EHF. A failure is retried after {@code takt.delivery.retry-after} (1 minute), then twice as long
 * each time (2, 4 … 128 minutes); after the ninth attempt the delivery is FAILED until someone
 * retries it.
 *
 * <p>"Maybe sent": a delivery still SENDING after {@code takt.delivery.sending-timeout} was cut off
 * between claim and result (its instance stopped, perhaps after the mail server had it). It is sent
 * again, recorded as RESUMED, with the same Message-ID — fixed per delivery — so the receiving side
 * can tell the repeat and drop it. That window is one message's sending, nothing more.
 *
 * <p>E-mail goes by SMTP with a mail server configured ({@code spring.mail.host}); without one it
 * is written as .eml files to {@code takt.delivery.outbox}. EHF is made, validated with the PEPPOL
 * rules and, without errors, written to {@code takt.delivery.ehf-outgoing} for the access point to
 * pick up (sending through an access point is not Takt's); with errors it fails at once, with them.
 */
@Service
public class DeliverySender {

    static final int MAX_ATTEMPTS = 9;
    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final DocumentService documents;
    private final MailComposer composer;
    private final MailTransport transport;
    private final Path ehfOutgoing;
    private final DocumentPrint print;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int senders;
    private final Duration sendingTimeout;
    private final Duration retryAfter;
    /** Test hook: called after a message has gone out and before its result is recorded. */
    private volatile java.util.function.Consumer<Delivery> afterSend = d -> { };

    DeliverySender(DeliveryRepository deliveries, DocumentService documents, MailComposer composer,
            MailTransport transport, @Value("${takt.delivery.ehf-outgoing:./data/ehf-outgoing}") Path ehfOutgoing, DocumentPrint print,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${takt.delivery.senders:4}") int senders,
            @Value("${takt.delivery.sending-timeout:PT2M}") Duration sendingTimeout,
            @Value("${takt.delivery.retry-after:PT1M}") Duration retryAfter) {
        this.senders = Math.max(1, senders);
        this.sendingTimeout = sendingTimeout;
        this.retryAfter = retryAfter;
        this.ehfOutgoing = ehfOutgoing;
        this.print = print;
        this.deliveries = deliveries;
        this.documents = documents;
        this.composer = composer;
        this.transport = transport;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether mail goes to a mail server (else to the outbox folder). */
    public boolean bySmtp() {
        return transport.bySmtp();
    }

    /** Sends every delivery due now; answers how many were tried. */
    public int sendDue() {
        return sendDue(OffsetDateTime.now(clock));
    }

    /**
     * Sends what is due at {@code start}; time moves on from there as the clock does, so a delivery
     * claimed late in a long batch is SENDING since its own claim (never looks cut off to another
     * instance while it is being sent) and is due by then.
     */
    int sendDue(OffsetDateTime start) {
        AtomicInteger tried = new AtomicInteger();
        long started = System.nanoTime();
        java.util.function.Supplier<OffsetDateTime> now = () -> start.plusNanos(System.nanoTime() - started);
        Parallel.workers(senders, () -> {
            while (true) {
                OffsetDateTime at = now.get();
                Optional<DeliveryRepository.Claimed> claimed = transaction.execute(status ->
                        deliveries.claimDue(at, at.minus(sendingTimeout)));
                if (claimed.isEmpty()) {
                    return;
                }
                attempt(claimed.get().delivery(), at);
                tried.incrementAndGet();
            }
        });
        return tried.get();
    }

    /** Sends the claimed delivery (no transaction open) and records the result in a transaction of its own. */
    private void attempt(Delivery delivery, OffsetDateTime now) {
        try {
            Document document = documents.get(delivery.documentId());
            if (delivery.channel() == Channel.EHF) {
                ehf(delivery, document, now);
                return;
            }
            MimeMessage message = composer.compose(document, delivery);
            MailTransport.Sent sent = transport.send(message, delivery.id() + "-"
                    + document.type().name().toLowerCase() + "-" + document.number() + ".eml");
            if (transport.bySmtp()) {
                afterSend.accept(delivery);
            }
            record(() -> deliveries.sent(delivery.id(), now, sent.file(), sent.detail()));
        } catch (Exception e) {
            int attempts = delivery.attempts() + 1;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Delivery {} of document {} to {} failed (attempt {}): {}", delivery.id(), delivery.documentId(),
                    delivery.recipient(), attempts, error);
            record(() -> deliveries.failed(delivery.id(), now, error,
                    attempts >= MAX_ATTEMPTS ? null : now.plus(retryAfter.multipliedBy(1L << (attempts - 1)))));
        }
    }

    private void record(Runnable result) {
        transaction.executeWithoutResult(status -> result.run());
    }

    void afterSend(java.util.function.Consumer<Delivery> hook) {
        this.afterSend = hook == null ? d -> { } : hook;
    }

    private void ehf(Delivery delivery, Document document, OffsetDateTime now) throws IOException {
        byte[] xml = print.ehf(document);
        EhfValidator.Result result = print.validate(xml, document);
        if (!result.valid()) {
            record(() -> deliveries.failed(delivery.id(), now, String.join("\n", result.errors()), null));
            return;
        }
        String file = document.type().name().toLowerCase() + "-" + document.number() + ".xml";
        Files.createDirectories(ehfOutgoing);
        Files.write(ehfOutgoing.resolve(file), xml);
        record(() -> deliveries.sent(delivery.id(), now, file, "written to " + ehfOutgoing.resolve(file)
                + (result.warnings().isEmpty() ? "" : "; warnings: " + String.join("; ", result.warnings()))));
    }

    /** The .eml file of a delivery written to the outbox folder. */
    public Optional<byte[]> eml(Delivery delivery) {
        if (delivery.fileName() == null || delivery.channel() != Channel.EMAIL) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(transport.outbox().resolve(delivery.fileName())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

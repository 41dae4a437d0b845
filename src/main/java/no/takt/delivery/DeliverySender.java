package no.takt.delivery;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import no.takt.documents.Document;
import no.takt.documents.DocumentService;
import no.takt.documents.DocumentPrint;
import no.takt.documents.EhfValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due, one delivery per transaction: the row is locked ({@code SKIP LOCKED}, so
 * several instances share the work), the document sent, and the outcome recorded before the lock
 * is let go. A failure is retried after 1, 2, 4 … 128 minutes; after the ninth attempt the delivery
 * is FAILED until someone retries it.
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
    private final JavaMailSender smtp;
    private final Path outbox;
    private final Path ehfOutgoing;
    private final DocumentPrint print;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeliverySender(DeliveryRepository deliveries, DocumentService documents, MailComposer composer,
            ObjectProvider<JavaMailSender> smtp, @Value("${takt.delivery.outbox:./data/outbox}") Path outbox,
            @Value("${takt.delivery.ehf-outgoing:./data/ehf-outgoing}") Path ehfOutgoing, DocumentPrint print,
            PlatformTransactionManager transactions, Clock clock) {
        this.ehfOutgoing = ehfOutgoing;
        this.print = print;
        this.deliveries = deliveries;
        this.documents = documents;
        this.composer = composer;
        this.smtp = smtp.getIfAvailable();
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether mail goes to a mail server (else to the outbox folder). */
    public boolean bySmtp() {
        return smtp != null;
    }

    /** Sends every delivery due now; answers how many were tried. */
    public int sendDue() {
        return sendDue(OffsetDateTime.now(clock));
    }

    int sendDue(OffsetDateTime now) {
        int tried = 0;
        while (Boolean.TRUE.equals(transaction.execute(status -> {
            Optional<Delivery> due = deliveries.claimDue(now);
            due.ifPresent(d -> attempt(d, now));
            return due.isPresent();
        }))) {
            tried++;
        }
        return tried;
    }

    private void attempt(Delivery delivery, OffsetDateTime now) {
        try {
            Document document = documents.get(delivery.documentId());
            if (delivery.channel() == Delivery.Channel.EHF) {
                ehf(delivery, document, now);
                return;
            }
            MimeMessage message = composer.compose(document, delivery);
            if (smtp != null) {
                smtp.send(message);
                deliveries.sent(delivery.id(), now, null, "SMTP " + message.getMessageID());
            } else {
                String file = delivery.id() + "-" + document.type().name().toLowerCase() + "-" + document.number()
                        + ".eml";
                Files.createDirectories(outbox);
                try (OutputStream out = Files.newOutputStream(outbox.resolve(file))) {
                    message.writeTo(out);
                }
                deliveries.sent(delivery.id(), now, file, "written to " + outbox.resolve(file));
            }
        } catch (Exception e) {
            int attempts = delivery.attempts() + 1;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Delivery {} of document {} to {} failed (attempt {}): {}", delivery.id(), delivery.documentId(),
                    delivery.recipient(), attempts, error);
            deliveries.failed(delivery.id(), now, error,
                    attempts >= MAX_ATTEMPTS ? null : now.plusMinutes(1L << (attempts - 1)));
        }
    }

    private void ehf(Delivery delivery, Document document, OffsetDateTime now) throws IOException {
        byte[] xml = print.ehf(document);
        EhfValidator.Result result = print.validate(xml, document);
        if (!result.valid()) {
            deliveries.failed(delivery.id(), now, String.join("\n", result.errors()), null);
            return;
        }
        String file = document.type().name().toLowerCase() + "-" + document.number() + ".xml";
        Files.createDirectories(ehfOutgoing);
        Files.write(ehfOutgoing.resolve(file), xml);
        deliveries.sent(delivery.id(), now, file, "written to " + ehfOutgoing.resolve(file)
                + (result.warnings().isEmpty() ? "" : "; warnings: " + String.join("; ", result.warnings())));
    }

    /** The .eml file of a delivery written to the outbox folder. */
    public Optional<byte[]> eml(Delivery delivery) {
        if (delivery.fileName() == null || delivery.channel() != Delivery.Channel.EMAIL) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(outbox.resolve(delivery.fileName())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

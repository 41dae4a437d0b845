package no.takt.delivery;

import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Where e-mail goes: to the mail server when one is configured ({@code spring.mail.host}, with its
 * timeouts), else as an .eml file into {@code takt.delivery.outbox}. Documents and notices both send
 * through it.
 */
@Component
class MailTransport {

    /** How a message went: the file it was written to (null by SMTP), and what to log. */
    record Sent(String file, String detail) {
    }

    private final JavaMailSender smtp;
    private final Path outbox;

    MailTransport(ObjectProvider<JavaMailSender> smtp, @Value("${takt.delivery.outbox:./data/outbox}") Path outbox) {
        this.smtp = smtp.getIfAvailable();
        this.outbox = outbox;
    }

    boolean bySmtp() {
        return smtp != null;
    }

    Path outbox() {
        return outbox;
    }

    /** Sends the message, or writes it as the file (a name of the outbox folder) without a mail server. */
    Sent send(MimeMessage message, String file) throws Exception {
        if (smtp != null) {
            smtp.send(message);
            return new Sent(null, "SMTP " + message.getMessageID());
        }
        Files.createDirectories(outbox);
        try (OutputStream out = Files.newOutputStream(outbox.resolve(file))) {
            message.writeTo(out);
        }
        return new Sent(file, "written to " + outbox.resolve(file));
    }
}

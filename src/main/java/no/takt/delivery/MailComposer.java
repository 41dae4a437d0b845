package no.takt.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import no.takt.documents.Document;
import no.takt.documents.DocumentPrint;
import no.takt.documents.Issuer;
import no.takt.subscriptions.SubscriptionAttachments;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mail of a document: from the subscription's sender (else the organisation), to the
 * recipient with the subscription's CC and BCC, its subject and text (the subscription's templates
 * with special fields filled in at the run, else a plain default in the document's language), the
 * PDF and the subscription's attachments. Plain text, so nothing in a name or text can become markup.
 * Its Message-ID is fixed per delivery, so a mail server or reader can tell a repeat.
 */
@Component
class MailComposer {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final DocumentPrint print;
    private final SubscriptionAttachments attachments;
    private final MessageSource messages;

    MailComposer(DocumentPrint print, SubscriptionAttachments attachments, MessageSource messages) {
        this.print = print;
        this.attachments = attachments;
        this.messages = messages;
    }

    MimeMessage compose(Document d, Delivery delivery) throws MessagingException, UnsupportedEncodingException {
        Issuer org = d.print().issuer();
        Document.Delivery how = d.delivery();
        String from = blank(how.senderEmail()) ? org.email() : how.senderEmail();
        if (blank(from)) {
            throw new IllegalStateException("No sender address: give the subscription a sender e-mail or the"
                    + " organisation an e-mail address");
        }
        String messageId = "<takt." + delivery.id() + "." + d.id() + from.substring(from.indexOf('@')) + ">";
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
        mail.setFrom(from, blank(how.senderName()) ? org.name() : how.senderName());
        mail.setTo(delivery.recipient());
        mail.setCc(addresses(how.cc()));
        mail.setBcc(addresses(how.bcc()));
        Locale locale = Locale.forLanguageTag(d.texts().language() == null ? "nb" : d.texts().language());
        Object[] args = {d.number(), org.name(), d.customer().customerName()};
        mail.setSubject(blank(how.subject()) ? messages.getMessage("mail.subject." + d.type(), args, locale)
                : how.subject());
        mail.setText(blank(how.text()) ? messages.getMessage("mail.text." + d.type(), args, locale) : how.text());
        mail.addAttachment(d.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + d.number() + ".pdf",
                new ByteArrayResource(print.pdf(d, false)), "application/pdf");
        Long subscription = d.origin().subscriptionId();
        if (subscription != null) {
            // The attachments the subscription had when the document was issued, not what it has now.
            for (SubscriptionAttachments.Attachment a : attachments.asOf(subscription, d.created().createdAt())) {
                mail.addAttachment(a.filename(), new ByteArrayResource(attachments.content(subscription, a.id())),
                        a.contentType());
            }
        }
        message.saveChanges();
        return message;
    }

    private static String[] addresses(String list) {
        return list == null ? new String[0]
                : Arrays.stream(list.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package no.takt.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** What a test mail server (GreenMail) received. */
public final class Mailboxes {

    private Mailboxes() {
    }

    /** The messages delivered to this envelope recipient (its own mailbox), one per mail sent to it. */
    public static List<MimeMessage> receivedBy(GreenMailExtension smtp, String address) {
        try {
            var user = smtp.getUserManager().getUserByEmail(address);
            if (user == null) {
                return List.of();
            }
            List<MimeMessage> messages = new ArrayList<>();
            for (var stored : smtp.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                messages.add(stored.getMimeMessage());
            }
            return messages;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package no.takt.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.takt.platform.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** With {@code takt.attachments.store=files} the content lives in the directory, named by its SHA-256. */
class AttachmentFileStoreTest extends SubscriptionFixtures {

    @Autowired
    AuditLog audit;

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path directory;

    @Test
    void storesTheContentInTheDirectoryAndServesItBack() throws Exception {
        SubscriptionAttachments store = new SubscriptionAttachments(jdbc, audit, subscriptions, "files",
                directory.toString());
        long id = admin().post("/api/v1/subscriptions", subscriptionBody(unique("Filer"))).id();
        byte[] content = "Vilkår for abonnement".getBytes(StandardCharsets.UTF_8);
        SubscriptionAttachments.Attachment attachment = new TransactionTemplate(transactions)
                .execute(status -> store.add(id, "vilkår.txt", "text/plain", content));
        assertThat(Files.readAllBytes(directory.resolve(attachment.sha256()))).isEqualTo(content);
        assertThat(jdbc.sql("select content from subscription_attachment where id = ?").param(attachment.id())
                .query(byte[].class).optional()).isEmpty();
        assertThat(store.content(id, attachment.id())).isEqualTo(content);
    }
}

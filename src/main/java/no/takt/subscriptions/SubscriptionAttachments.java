package no.takt.subscriptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.Rows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extra files sent with a subscription's documents by e-mail (fanekort "Vedlegg"). Stored in the
 * database by default, or in a directory ({@code takt.attachments.store=files},
 * {@code takt.attachments.directory}) named by the content's SHA-256, so several instances can
 * share a mounted directory. Content never changes, and a removed attachment is only marked removed:
 * a document sends the attachments its subscription had when it was issued ({@link #asOf}).
 */
@Service
public class SubscriptionAttachments {

    static final String ENTITY = "subscription-attachment";
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** An attachment as listed. */
    public record Attachment(long id, long subscriptionId, String filename, String contentType, long sizeBytes,
                             String sha256, OffsetDateTime createdAt, String createdBy) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SubscriptionService subscriptions;
    private final boolean inFiles;
    private final Path directory;

    SubscriptionAttachments(JdbcClient jdbc, AuditLog audit, SubscriptionService subscriptions,
            @Value("${takt.attachments.store:database}") String store,
            @Value("${takt.attachments.directory:./data/attachments}") String directory) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.subscriptions = subscriptions;
        this.inFiles = "files".equals(store);
        this.directory = Path.of(directory);
    }

    public List<Attachment> list(long subscriptionId) {
        subscriptions.get(subscriptionId);
        return jdbc.sql("select * from subscription_attachment where subscription_id = ? and removed_at is null"
                + " order by id").param(subscriptionId).query(SubscriptionAttachments::map).list();
    }

    /** The attachments the subscription had at that moment: added before it, not removed by then. */
    public List<Attachment> asOf(long subscriptionId, OffsetDateTime at) {
        return jdbc.sql("""
                select * from subscription_attachment where subscription_id = ? and created_at <= ?
                  and (removed_at is null or removed_at > ?) order by id""").params(subscriptionId, at, at)
                .query(SubscriptionAttachments::map).list();
    }

    @Transactional
    public Attachment add(long subscriptionId, String filename, String contentType, byte[] content) {
        subscriptions.get(subscriptionId);
        String name = filename == null ? "" : Path.of(filename).getFileName().toString().trim();
        if (name.isEmpty() || name.length() > 255) {
            throw BadInputException.field("file", "error.attachment.name");
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw BadInputException.field("file", "error.attachment.size", MAX_BYTES / 1024 / 1024);
        }
        String sha = sha256(content);
        if (inFiles) {
            write(sha, content);
        }
        Stamp stamp = audit.stamp();
        long id = Rows.insert(jdbc.sql("""
                insert into subscription_attachment (subscription_id, filename, content_type, size_bytes, sha256,
                        storage,
                  content, created_at, created_by)
                values (:subscriptionId, :filename, :contentType, :size, :sha, :storage, :content, :at, :by)""")
                .param("subscriptionId", subscriptionId).param("filename", name)
                .param("contentType", contentType == null || contentType.isBlank() ? "application/octet-stream"
                        : contentType)
                .param("size", content.length).param("sha", sha).param("storage", inFiles ? "FILES" : "DATABASE")
                .param("content", inFiles ? null : content).param("at", stamp.at()).param("by", stamp.by()));
        Attachment attachment = get(subscriptionId, id);
        audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, null, attachment);
        return attachment;
    }

    public Attachment get(long subscriptionId, long id) {
        return jdbc.sql("select * from subscription_attachment where id = ? and subscription_id = ?"
                        + " and removed_at is null")
                .params(id, subscriptionId).query(SubscriptionAttachments::map).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** An attachment's content, also of one removed since (a document issued before may still send it). */
    public byte[] content(long subscriptionId, long id) {
        record Stored(String storage, String sha256, byte[] content) {
        }
        Stored stored = jdbc.sql("select storage, sha256, content from subscription_attachment where id = ?"
                        + " and subscription_id = ?").params(id, subscriptionId)
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        if ("DATABASE".equals(stored.storage())) {
            return stored.content();
        }
        try {
            return Files.readAllBytes(directory.resolve(stored.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public void delete(long subscriptionId, long id) {
        Attachment before = get(subscriptionId, id);
        Stamp stamp = audit.stamp();
        jdbc.sql("update subscription_attachment set removed_at = ?, removed_by = ? where id = ?")
                .params(stamp.at(), stamp.by(), id).update();
        audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, before, null);
    }

    private void write(String sha, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(sha);
            if (!Files.exists(file)) {
                Path temporary = Files.createTempFile(directory, sha, ".part");
                Files.write(temporary, content);
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Attachment map(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("subscription_id"), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                Rows.time(rs, "created_at"), rs.getString("created_by"));
    }
}
